package org.cxworkbench.journeys.internal.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cxworkbench.api.command.CommandContext;
import org.cxworkbench.api.command.CommandException;

/** A command context for tests: arguments and options set by the test, output captured. */
public final class FakeCommandContext implements CommandContext {

    private final Map<String, String> args = new HashMap<>();
    private final Map<String, String> options = new HashMap<>();
    private final Set<String> flags = new HashSet<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<Object> json = new ArrayList<>();
    private final Path workingDirectory;

    public FakeCommandContext(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    public FakeCommandContext withArg(String name, String value) {
        args.put(name, value);
        return this;
    }

    public FakeCommandContext withOption(String name, String value) {
        options.put(name, value);
        return this;
    }

    public FakeCommandContext withFlag(String name) {
        flags.add(name);
        return this;
    }

    public String output() {
        return out.toString();
    }

    /** The single JSON value printed. */
    public Object printedJson() {
        if (json.size() != 1) {
            throw new AssertionError("expected one JSON value, got " + json.size());
        }
        return json.get(0);
    }

    @Override
    public Optional<String> arg(String name) {
        return Optional.ofNullable(args.get(name));
    }

    @Override
    public String requiredArg(String name) throws CommandException {
        String value = args.get(name);
        if (value == null) {
            throw new CommandException("missing " + name);
        }
        return value;
    }

    @Override
    public List<String> restArgs() {
        return List.of();
    }

    @Override
    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    @Override
    public List<String> options(String name) {
        return options.containsKey(name) ? List.of(options.get(name)) : List.of();
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
        return workingDirectory.resolve(argument);
    }

    @Override
    public PrintWriter out() {
        return new PrintWriter(out, true);
    }

    @Override
    public PrintWriter err() {
        return new PrintWriter(err, true);
    }

    @Override
    public void printJson(Object value) {
        json.add(value);
    }

    @Override
    public boolean interactive() {
        return false;
    }
}
