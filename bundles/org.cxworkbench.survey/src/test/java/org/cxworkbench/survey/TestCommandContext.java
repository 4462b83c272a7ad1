package org.cxworkbench.survey;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cxworkbench.api.command.CommandContext;
import org.cxworkbench.api.command.CommandException;

/** A command context for tests: arguments and options given as a command line, output captured. */
final class TestCommandContext implements CommandContext {

    private final Map<String, String> args = new LinkedHashMap<>();
    private final Map<String, List<String>> options = new LinkedHashMap<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final PrintWriter outWriter = new PrintWriter(out, true);
    private final PrintWriter errWriter = new PrintWriter(err, true);
    private static final Set<String> FLAGS = Set.of("--strict", "--json");

    /** {@code FILE EXPORT --opt value ...}. */
    TestCommandContext(String file, String export, String... rest) {
        args.put("FILE", file);
        args.put("EXPORT", export);
        for (int i = 0; i < rest.length; i++) {
            String name = rest[i];
            if (FLAGS.contains(name)) {
                options.computeIfAbsent(name, k -> new ArrayList<>()).add("true");
            } else {
                options.computeIfAbsent(name, k -> new ArrayList<>()).add(rest[++i]);
            }
        }
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
        List<String> values = options.get(name);
        return values == null ? Optional.empty() : Optional.of(values.get(values.size() - 1));
    }

    @Override
    public List<String> options(String name) {
        return options.getOrDefault(name, List.of());
    }

    @Override
    public boolean flag(String name) {
        return options.containsKey(name);
    }

    @Override
    public boolean json() {
        return flag("--json");
    }

    @Override
    public Path path(String argument) {
        return Path.of(argument);
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
        StringBuilder sb = new StringBuilder();
        write(sb, value);
        outWriter.println(sb);
    }

    private static void write(StringBuilder sb, Object value) {
        if (value == null) {
            sb.append("null");
        } else if (value instanceof String s) {
            sb.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")).append('"');
        } else if (value instanceof Number || value instanceof Boolean) {
            sb.append(value);
        } else if (value instanceof Map<?, ?> map) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                sb.append(first ? "" : ",");
                first = false;
                write(sb, String.valueOf(e.getKey()));
                sb.append(':');
                write(sb, e.getValue());
            }
            sb.append('}');
        } else if (value instanceof Collection<?> list) {
            sb.append('[');
            boolean first = true;
            for (Object o : list) {
                sb.append(first ? "" : ",");
                first = false;
                write(sb, o);
            }
            sb.append(']');
        } else if (value instanceof Record record) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (RecordComponent c : record.getClass().getRecordComponents()) {
                try {
                    map.put(c.getName(), c.getAccessor().invoke(record));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            write(sb, map);
        } else {
            write(sb, value.toString());
        }
    }

    @Override
    public boolean interactive() {
        return false;
    }

    String stdout() {
        return out.toString();
    }

    String stderr() {
        return err.toString();
    }
}
