package org.cxworkbench.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cxworkbench.api.command.CommandContext;
import org.cxworkbench.api.command.CommandException;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;

/**
 * A command line given in code, for unit tests that call {@code CxwCommand.run} directly: positional
 * arguments by name, options (repeatable, the last one wins for {@link #option(String)}), flags and
 * {@code --json}. Output is captured.
 *
 * <pre>
 * FakeCommandContext context = new FakeCommandContext(dir).arg("FILE", "acme.cxs").withFlag("--json");
 * command.run(context);
 * Map&lt;String, Object&gt; json = context.printed();
 * </pre>
 *
 * <p>{@link #printJson} keeps the value (see {@link #printed()}) and prints it as one line of JSON on
 * standard output. {@link #output()} is everything on standard output, {@link #textOutput()} only what was
 * written through {@link #out()} (without the JSON), {@link #errorOutput()} standard error.
 * To go through the real {@code cxw} argument parser instead, use {@link CommandRun}.
 */
public final class FakeCommandContext implements CommandContext {

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();
    private static final Method TO_ELEMENT = launcherConversion();

    private final Map<String, String> args = new LinkedHashMap<>();
    private final Map<String, List<String>> options = new LinkedHashMap<>();
    private final Set<String> flags = new HashSet<>();
    private final Path workingDirectory;
    private final StringWriter all = new StringWriter();
    private final StringWriter text = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final PrintWriter allWriter = new PrintWriter(all, true);
    private final PrintWriter outWriter = new PrintWriter(new Tee(all, text), true);
    private final PrintWriter errWriter = new PrintWriter(err, true);
    private final List<Object> printed = new ArrayList<>();
    private final List<Map<String, Long>> progressReports = new ArrayList<>();
    private boolean json;

    /** Relative paths are resolved against the current directory of the test JVM. */
    public FakeCommandContext() {
        this(Path.of(""));
    }

    /** Relative paths are resolved against {@code workingDirectory}. */
    public FakeCommandContext(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    /** Sets a positional parameter. */
    public FakeCommandContext arg(String name, String value) {
        args.put(name, value);
        return this;
    }

    /** Adds a value of an option, e.g. {@code option("--period", "2026-Q3")}. */
    public FakeCommandContext option(String name, String value) {
        options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        return this;
    }

    /** Gives a flag, e.g. {@code withFlag("--accept")}; {@code withFlag("--json")} is the same as {@code json(true)}. */
    public FakeCommandContext withFlag(String name) {
        flags.add(name);
        return this;
    }

    /** Sets whether {@code --json} was given. */
    public FakeCommandContext json(boolean json) {
        this.json = json;
        if (json) {
            flags.add("--json");
        } else {
            flags.remove("--json");
        }
        return this;
    }

    /** Everything printed on standard output, JSON included. */
    public String output() {
        outWriter.flush();
        allWriter.flush();
        return all.toString();
    }

    /** What was printed through {@link #out()}, without the JSON given to {@link #printJson}. */
    public String textOutput() {
        outWriter.flush();
        return text.toString();
    }

    /** Everything printed on standard error. */
    public String errorOutput() {
        errWriter.flush();
        return err.toString();
    }

    /** The single value given to {@link #printJson}, as the command passed it. */
    @SuppressWarnings("unchecked")
    public <T> T printed() {
        if (printed.size() != 1) {
            throw new AssertionError("expected one JSON value, got " + printed.size());
        }
        return (T) printed.get(0);
    }

    /** The single value given to {@link #printJson}, converted to JSON as the launcher does. */
    public JsonElement printedJson() {
        return toElement(printed());
    }

    /** The single value given to {@link #printJson}, as JSON text on one line. */
    public String printedJsonText() {
        return GSON.toJson(printedJson());
    }

    @Override
    public Optional<String> arg(String name) {
        return Optional.ofNullable(args.get(name));
    }

    @Override
    public String requiredArg(String name) throws CommandException {
        return arg(name).orElseThrow(() -> new CommandException("missing " + name));
    }

    @Override
    public List<String> restArgs() {
        return List.of();
    }

    @Override
    public Optional<String> option(String name) {
        List<String> values = options.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() - 1));
    }

    @Override
    public List<String> options(String name) {
        return List.copyOf(options.getOrDefault(name, List.of()));
    }

    @Override
    public boolean flag(String name) {
        return flags.contains(name);
    }

    @Override
    public boolean json() {
        return json || flags.contains("--json");
    }

    @Override
    public Path path(String argument) {
        return workingDirectory.resolve(argument);
    }

    @Override
    public PrintWriter out() {
        return outWriter;
    }

    @Override
    public PrintWriter err() {
        return errWriter;
    }

    @Override
    public void printJson(Object value) {
        printed.add(value);
        outWriter.flush();
        allWriter.println(GSON.toJson(toElement(value)));
    }

    @Override
    public boolean interactive() {
        return false;
    }

    @Override
    public synchronized void progress(Map<String, Long> figures) {
        progressReports.add(Map.copyOf(figures));
    }

    /** Every progress report of the command, oldest first. */
    public synchronized List<Map<String, Long>> progressReports() {
        return List.copyOf(progressReports);
    }

    /** The launcher's own conversion to JSON (the cli's JsonOutput, through reflection like {@link CommandRun}). */
    static JsonElement toElement(Object value) {
        try {
            return (JsonElement) TO_ELEMENT.invoke(null, value);
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Method launcherConversion() {
        try {
            Method method = Class.forName("org.cxworkbench.cli.internal.JsonOutput").getDeclaredMethod("toElement",
                    Object.class);
            method.setAccessible(true);
            return method;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the cxw launcher is not on the test class path", e);
        }
    }

    /** Writes to two writers: all of standard output, and the text part of it. */
    private static final class Tee extends Writer {
        private final Writer first;
        private final Writer second;

        Tee(Writer first, Writer second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(char[] buffer, int offset, int length) {
            try {
                first.write(buffer, offset, length);
                second.write(buffer, offset, length);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
