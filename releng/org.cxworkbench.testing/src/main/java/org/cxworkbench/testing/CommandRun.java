package org.cxworkbench.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cxworkbench.api.command.CommandContext;
import org.cxworkbench.api.command.CommandException;
import org.cxworkbench.api.command.CxwCommand;

/**
 * Runs one {@link CxwCommand} in a unit test exactly as {@code cxw} would: the arguments are parsed
 * against the command's spec by the real command-line parser, and output is recorded.
 *
 * <pre>
 * CommandRun run = CommandRun.of(new StatusCommand(store, workflow), dir, "acme.cxs", "--json");
 * assertEquals(0, run.exitCode());
 * assertTrue(run.out().contains("\"steps\""));
 * </pre>
 */
public final class CommandRun {

    private final int exitCode;
    private final String out;
    private final String err;
    private final CommandException failure;

    private CommandRun(int exitCode, String out, String err, CommandException failure) {
        this.exitCode = exitCode;
        this.out = out;
        this.err = err;
        this.failure = failure;
    }

    /** Runs the command with the arguments that follow the command name, relative paths against {@code dir}. */
    public static CommandRun of(CxwCommand command, Path dir, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter outWriter = new PrintWriter(out, true);
        PrintWriter errWriter = new PrintWriter(err, true);
        try {
            CommandContext context = parse(command, List.of(args), outWriter, errWriter, dir);
            int code = command.run(context);
            outWriter.flush();
            return new CommandRun(code, out.toString(), err.toString(), null);
        } catch (CommandException e) {
            errWriter.println(e.getMessage());
            return new CommandRun(e.exitCode(), out.toString(), err.toString(), e);
        }
    }

    private static CommandContext parse(CxwCommand command, List<String> args, PrintWriter out, PrintWriter err,
            Path dir) throws CommandException {
        try {
            Class<?> parsedClass = Class.forName("org.cxworkbench.cli.internal.ParsedCommandLine");
            Method parse = parsedClass.getDeclaredMethod("parse", org.cxworkbench.api.command.CommandSpec.class,
                    List.class);
            parse.setAccessible(true);
            Object parsed = parse.invoke(null, command.spec(), new ArrayList<>(args));
            Class<?> contextClass = Class.forName("org.cxworkbench.cli.internal.ConsoleCommandContext");
            Constructor<?> constructor = contextClass.getDeclaredConstructor(String.class, parsedClass,
                    PrintWriter.class, PrintWriter.class, Path.class, boolean.class);
            constructor.setAccessible(true);
            return (CommandContext) constructor.newInstance(command.spec().name(), parsed, out, err, dir, false);
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof CommandException commandException) {
                throw commandException;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the cxw command-line parser is not on the test class path", e);
        }
    }

    /** The exit code: the command's return value, or the exception's exit code. */
    public int exitCode() {
        return exitCode;
    }

    /** Everything printed on standard output. */
    public String out() {
        return out;
    }

    /** Everything printed on standard error, including the failure message. */
    public String err() {
        return err;
    }

    /** The usage or input error, if the command threw one. */
    public CommandException failure() {
        return failure;
    }
}
