package org.cxworkbench.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.cxworkbench.api.command.CommandContext;
import org.cxworkbench.api.command.CommandException;

/** The {@link CommandContext} of one run, over a parsed command line and two writers. */
final class ConsoleCommandContext implements CommandContext {

    private final String command;
    private final ParsedCommandLine line;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Path workingDirectory;
    private final boolean interactive;

    ConsoleCommandContext(String command, ParsedCommandLine line, PrintWriter out, PrintWriter err,
            Path workingDirectory, boolean interactive) {
        this.command = command;
        this.line = line;
        this.out = out;
        this.err = err;
        this.workingDirectory = workingDirectory;
        this.interactive = interactive;
    }

    @Override
    public Optional<String> arg(String name) {
        return Optional.ofNullable(line.positionals.get(name));
    }

    @Override
    public String requiredArg(String name) throws CommandException {
        return arg(name).orElseThrow(() -> new CommandException("cxw " + command + ": missing " + name));
    }

    @Override
    public List<String> restArgs() {
        return List.copyOf(line.rest);
    }

    @Override
    public Optional<String> option(String name) {
        List<String> values = line.options.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    @Override
    public List<String> options(String name) {
        return List.copyOf(line.options.getOrDefault(name, List.of()));
    }

    @Override
    public boolean flag(String name) {
        return line.flags.contains(name);
    }

    @Override
    public boolean json() {
        return line.flags.contains(ParsedCommandLine.JSON);
    }

    @Override
    public Path path(String argument) {
        Path p = Path.of(argument);
        return (p.isAbsolute() ? p : workingDirectory.resolve(p)).normalize();
    }

    @Override
    public PrintWriter out() {
        return out;
    }

    @Override
    public PrintWriter err() {
        return err;
    }

    @Override
    public void printJson(Object value) {
        out.println(JsonOutput.toJson(value));
        out.flush();
    }

    @Override
    public boolean interactive() {
        return interactive;
    }
}
