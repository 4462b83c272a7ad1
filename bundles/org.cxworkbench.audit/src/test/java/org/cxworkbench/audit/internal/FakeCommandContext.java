package org.cxworkbench.audit.internal;

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

/** A command line as the launcher would parse it, with captured output. */
final class FakeCommandContext implements CommandContext {

    private final Map<String, String> args = new LinkedHashMap<>();
    private final Map<String, List<String>> options = new LinkedHashMap<>();
    private final Set<String> flags = new HashSet<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final PrintWriter outWriter = new PrintWriter(out, true);
    private final PrintWriter errWriter = new PrintWriter(err, true);
    private Object json;

    FakeCommandContext withArg(String name, String value) {
        args.put(name, value);
        return this;
    }

    FakeCommandContext withOption(String name, String value) {
        options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        return this;
    }

    FakeCommandContext withFlag(String name) {
        flags.add(name);
        return this;
    }

    String stdout() {
        outWriter.flush();
        return out.toString();
    }

    Object printedJson() {
        return json;
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
        return values == null ? Optional.empty() : Optional.of(values.get(values.size() - 1));
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
        return flags.contains("--json");
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
        json = value;
        outWriter.println(String.valueOf(value));
    }

    @Override
    public boolean interactive() {
        return false;
    }
}
