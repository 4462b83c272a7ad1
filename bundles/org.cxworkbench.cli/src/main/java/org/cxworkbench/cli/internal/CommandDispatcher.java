package org.cxworkbench.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.cxworkbench.api.command.CommandException;
import org.cxworkbench.api.command.CxwCommand;
import org.cxworkbench.api.failure.PluginFailureLog;
import org.cxworkbench.containment.FailureLogs;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Finds the command named by the first argument among the registered {@link CxwCommand} services, parses
 * the rest against its spec, runs it and turns failures into exit codes and messages. Used by the
 * launcher ({@link LauncherMain}) and by the Gogo shell ({@link GogoCommands}). A command that fails with an
 * unexpected exception is reported naming the bundle that registered it, and recorded in the
 * {@link PluginFailureLog}, if one is installed.
 */
@Component(service = CommandDispatcher.class)
public final class CommandDispatcher {

    /** Exit code for a command that failed with an unexpected exception (a bug, or a broken plugin). */
    static final int INTERNAL_ERROR = 3;

    /** A registered command with its service properties. */
    record Registered(String name, String summary, String group, CxwCommand command, String bundle) {
    }

    private final Map<String, Registered> commands = new ConcurrentHashMap<>();
    private volatile PluginFailureLog failureLog;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setFailureLog(PluginFailureLog log) {
        failureLog = log;
    }

    void unsetFailureLog(PluginFailureLog log) {
        if (failureLog == log) {
            failureLog = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCommand(CxwCommand command, Map<String, Object> properties) {
        String name = String.valueOf(properties.get(CxwCommand.NAME));
        Bundle bundle = FrameworkUtil.getBundle(command.getClass());
        commands.put(name, new Registered(name, String.valueOf(properties.getOrDefault(CxwCommand.SUMMARY, "")),
                String.valueOf(properties.getOrDefault(CxwCommand.GROUP, "general")), command,
                bundle == null ? "?" : bundle.getSymbolicName()));
    }

    void removeCommand(CxwCommand command, Map<String, Object> properties) {
        String name = String.valueOf(properties.get(CxwCommand.NAME));
        commands.computeIfPresent(name, (k, registered) -> registered.command() == command ? null : registered);
    }

    /** The registered commands, sorted by group and name. */
    List<Registered> commands() {
        List<Registered> list = new ArrayList<>(commands.values());
        list.sort((a, b) -> a.group().equals(b.group()) ? a.name().compareTo(b.name()) : a.group().compareTo(b.group()));
        return list;
    }

    /**
     * Runs one command line.
     *
     * @return the exit code
     */
    public int dispatch(List<String> args, PrintWriter out, PrintWriter err, Path workingDirectory,
            boolean interactive) {
        try {
            return run(args, out, err, workingDirectory, interactive);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int run(List<String> args, PrintWriter out, PrintWriter err, Path workingDirectory, boolean interactive) {
        HelpPrinter help = new HelpPrinter(this);
        if (args.isEmpty()) {
            help.overview(err);
            return CxwCommand.USAGE_OR_INPUT_ERROR;
        }
        String name = args.get(0);
        if (name.equals("help") || name.equals("--help") || name.equals("-h")) {
            return help.run(args.subList(1, args.size()), out, err);
        }
        Registered registered = lookup(name);
        boolean json = args.contains(ParsedCommandLine.JSON);
        if (registered == null) {
            return fail(json, out, err, CxwCommand.USAGE_OR_INPUT_ERROR,
                    "cxw: unknown command '" + name + "'; 'cxw help' lists the commands" + help.suggestion(name));
        }
        try {
            ParsedCommandLine line = ParsedCommandLine.parse(registered.command().spec(), args.subList(1, args.size()));
            if (line.flags.contains(ParsedCommandLine.HELP)) {
                help.command(registered, out);
                return CxwCommand.OK;
            }
            ConsoleCommandContext context = new ConsoleCommandContext(name, line, out, err, workingDirectory,
                    interactive && !json);
            return registered.command().run(context);
        } catch (CommandException e) {
            return fail(json, out, err, e.exitCode(), e.getMessage());
        } catch (RuntimeException | LinkageError e) {
            String message = "cxw " + name + " failed in bundle " + registered.bundle() + ": " + e
                    + (e.getCause() != null ? " (caused by " + e.getCause() + ")" : "");
            FailureLogs.record(failureLog, registered.bundle(), PluginFailureLog.COMMAND, name, message);
            return fail(json, out, err, INTERNAL_ERROR, message);
        }
    }

    private Registered lookup(String name) {
        Registered registered = commands.get(name);
        // Right after start-up a bundle may still be registering its commands.
        for (int i = 0; registered == null && i < 20; i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            registered = commands.get(name);
        }
        return registered;
    }

    private static int fail(boolean json, PrintWriter out, PrintWriter err, int code, String message) {
        if (json) {
            out.println(JsonOutput.toJson(Map.of("error", Map.of("message", message, "exitCode", code))));
        }
        err.println(message);
        return code;
    }
}
