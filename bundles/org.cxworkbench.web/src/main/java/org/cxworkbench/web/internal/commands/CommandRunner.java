package org.cxworkbench.web.internal.commands;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.cxworkbench.api.command.CommandException;
import org.cxworkbench.api.command.CommandSpec;
import org.cxworkbench.api.command.CxwCommand;
import org.cxworkbench.web.internal.http.ApiError;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Runs registered {@code cxw} commands for the web API with values instead of a command line, so that the
 * browser gets exactly what {@code cxw COMMAND --json} prints. Options are checked against the command's
 * spec; a usage or input error becomes HTTP 422 with the command's message.
 */
@Component(service = CommandRunner.class)
public final class CommandRunner {

    private final Map<String, CxwCommand> commands = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCommand(CxwCommand command, Map<String, Object> properties) {
        commands.put(String.valueOf(properties.get(CxwCommand.NAME)), command);
    }

    void removeCommand(CxwCommand command, Map<String, Object> properties) {
        commands.remove(String.valueOf(properties.get(CxwCommand.NAME)), command);
    }

    /** Whether a command is installed (plugin commands come and go). */
    public boolean has(String name) {
        return commands.containsKey(name);
    }

    /** The spec of an installed command. */
    public CommandSpec spec(String name) throws ApiError {
        return command(name).spec();
    }

    /**
     * Runs a command.
     *
     * @param args positional parameters by name (e.g. {@code FILE})
     * @param options option values by option name with dashes ({@code --period})
     * @param flags the flags given ({@code --accept})
     * @param workingDirectory where relative paths resolve
     */
    public CommandResult run(String name, Map<String, String> args, Map<String, List<String>> options,
            Set<String> flags, Path workingDirectory) throws ApiError {
        return run(name, args, options, flags, workingDirectory, figures -> { });
    }

    /**
     * Runs a command that reports its progress (see {@code CommandContext.progress}) to {@code progress}.
     *
     * @param progress receives the command's progress figures, on the thread that runs it
     */
    public CommandResult run(String name, Map<String, String> args, Map<String, List<String>> options,
            Set<String> flags, Path workingDirectory, Consumer<Map<String, Long>> progress) throws ApiError {
        CxwCommand command = command(name);
        CommandSpec spec = command.spec();
        for (String option : options.keySet()) {
            if (spec.option(option).filter(CommandSpec.Option::takesValue).isEmpty()) {
                throw ApiError.badRequest("cxw " + name + " has no option " + option);
            }
        }
        for (String flag : flags) {
            if (spec.option(flag).filter(o -> !o.takesValue()).isEmpty()) {
                throw ApiError.badRequest("cxw " + name + " has no flag " + flag);
            }
        }
        WebCommandContext context = new WebCommandContext(args, options, flags, workingDirectory, progress);
        try {
            int code = command.run(context);
            return new CommandResult(code, context.jsonValue(), context.text());
        } catch (CommandException e) {
            throw new ApiError(422, e.getMessage(), e).with("output", context.text());
        } catch (RuntimeException | LinkageError e) {
            Bundle bundle = FrameworkUtil.getBundle(command.getClass());
            throw new ApiError(500, "cxw " + name + " failed in bundle " + (bundle == null ? "?" : bundle.getSymbolicName())
                    + ": " + e, e);
        }
    }

    private CxwCommand command(String name) throws ApiError {
        CxwCommand command = commands.get(name);
        if (command == null) {
            throw ApiError.notFound("The command '" + name + "' is not installed");
        }
        return command;
    }
}
