package org.cxworkbench.web.internal.commands;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.cxworkbench.api.command.CommandContext;
import org.cxworkbench.api.command.CommandException;

/**
 * A command run on behalf of a web request: arguments and options given as values (nothing is parsed from
 * text), always in JSON mode; what the command prints as JSON is kept as a value for the answer. Paths are
 * only those the server put in (the strategy file, an upload, a report folder).
 */
final class WebCommandContext implements CommandContext {

    private final Map<String, String> args;
    private final Map<String, List<String>> options;
    private final Set<String> flags;
    private final Path workingDirectory;
    private final StringWriter outText = new StringWriter();
    private final StringWriter errText = new StringWriter();
    private final PrintWriter out = new PrintWriter(outText);
    private final PrintWriter err = new PrintWriter(errText);
    private final Consumer<Map<String, Long>> progress;
    private Object json;

    WebCommandContext(Map<String, String> args, Map<String, List<String>> options, Set<String> flags,
            Path workingDirectory, Consumer<Map<String, Long>> progress) {
        this.args = args;
        this.options = options;
        this.flags = flags;
        this.workingDirectory = workingDirectory;
        this.progress = progress;
    }

    @Override
    public Optional<String> arg(String name) {
        return Optional.ofNullable(args.get(name));
    }

    @Override
    public String requiredArg(String name) throws CommandException {
        return arg(name).orElseThrow(() -> new CommandException(name + " is required"));
    }

    @Override
    public List<String> restArgs() {
        return List.of();
    }

    @Override
    public Optional<String> option(String name) {
        List<String> values = options.getOrDefault(name, List.of());
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    @Override
    public List<String> options(String name) {
        return options.getOrDefault(name, List.of());
    }

    @Override
    public boolean flag(String name) {
        return flags.contains(name);
    }

    @Override
    public boolean json() {
        return true;
    }

    @Override
    public Path path(String argument) {
        return workingDirectory.resolve(argument);
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
        json = value;
    }

    @Override
    public boolean interactive() {
        return false;
    }

    @Override
    public void progress(Map<String, Long> figures) {
        progress.accept(figures);
    }

    /** The value the command printed as JSON, or {@code null}. */
    Object jsonValue() {
        return json;
    }

    /** Text the command printed to standard output and error (warnings). */
    String text() {
        out.flush();
        err.flush();
        return (outText + errText.toString()).strip();
    }
}
