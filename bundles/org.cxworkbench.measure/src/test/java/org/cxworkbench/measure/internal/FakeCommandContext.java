package org.cxworkbench.measure.internal;

import java.io.PrintWriter;
import java.io.StringWriter;
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
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/** A command line for tests: arguments, options and flags given in code; output captured. */
public final class FakeCommandContext implements CommandContext {

    private final Map<String, String> args = new LinkedHashMap<>();
    private final Map<String, List<String>> options = new LinkedHashMap<>();
    private final Set<String> flags = new HashSet<>();
    private final Path workingDirectory;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final PrintWriter outWriter = new PrintWriter(out, true);
    private final PrintWriter errWriter = new PrintWriter(err, true);
    private boolean json;
    private Object printed;

    public FakeCommandContext(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    public FakeCommandContext arg(String name, String value) {
        args.put(name, value);
        return this;
    }

    public FakeCommandContext option(String name, String value) {
        options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        return this;
    }

    public FakeCommandContext withFlag(String name) {
        flags.add(name);
        return this;
    }

    public FakeCommandContext json(boolean json) {
        this.json = json;
        return this;
    }

    public String outText() {
        return out.toString();
    }

    public String errText() {
        return err.toString();
    }

    /** The value given to {@link #printJson}. */
    public Object printed() {
        return printed;
    }

    /** What {@link #printJson} printed, as JSON text. */
    public JsonElement printedJson() {
        return toElement(printed);
    }

    public String printedJsonText() {
        Gson gson = new GsonBuilder().serializeNulls().create();
        return gson.toJson(printedJson());
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
        return values == null ? Optional.empty() : Optional.of(values.get(0));
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
        return json;
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
        printed = value;
        outWriter.print(printedJsonText());
    }

    @Override
    public boolean interactive() {
        return false;
    }

    /** The same conversion as the launcher's: maps, iterables, records, enums, numbers (non-finite as null). */
    static JsonElement toElement(Object value) {
        if (value == null) {
            return JsonNull.INSTANCE;
        }
        if (value instanceof Boolean b) {
            return new JsonPrimitive(b);
        }
        if (value instanceof Number n) {
            return (n instanceof Double || n instanceof Float) && !Double.isFinite(n.doubleValue()) ? JsonNull.INSTANCE
                    : new JsonPrimitive(n);
        }
        if (value instanceof CharSequence || value instanceof Enum<?>) {
            return new JsonPrimitive(value instanceof Enum<?> e ? e.name() : value.toString());
        }
        if (value instanceof Map<?, ?> map) {
            JsonObject object = new JsonObject();
            map.forEach((k, v) -> object.add(String.valueOf(k), toElement(v)));
            return object;
        }
        if (value instanceof Iterable<?> iterable) {
            JsonArray array = new JsonArray();
            iterable.forEach(v -> array.add(toElement(v)));
            return array;
        }
        if (value.getClass().isRecord()) {
            JsonObject object = new JsonObject();
            for (var component : value.getClass().getRecordComponents()) {
                try {
                    component.getAccessor().setAccessible(true);
                    object.add(component.getName(), toElement(component.getAccessor().invoke(value)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return object;
        }
        return new JsonPrimitive(value.toString());
    }
}
