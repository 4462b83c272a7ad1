package org.cxworkbench.api.command;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a command accepts: positional parameters and options. Every command also accepts {@code --json}
 * and {@code --help}; they need not be declared.
 */
public final class CommandSpec {

    /** A positional parameter. */
    public record Positional(String name, String help, boolean required, boolean variadic) {
    }

    /** An option: a flag, or an option that takes a value (possibly repeated). */
    public record Option(String name, String valueName, String help, boolean repeatable) {
        /** Whether the option takes a value. */
        public boolean takesValue() {
            return valueName != null;
        }
    }

    private final String name;
    private final String description;
    private final List<Positional> positionals = new ArrayList<>();
    private final Map<String, Option> options = new LinkedHashMap<>();
    private final List<String> examples = new ArrayList<>();

    private CommandSpec(String name, String description) {
        this.name = name;
        this.description = description;
    }

    /** Starts the spec of command {@code name}; the description is the help paragraph. */
    public static CommandSpec of(String name, String description) {
        return new CommandSpec(name, description);
    }

    /** A required positional parameter. */
    public CommandSpec arg(String name, String help) {
        positionals.add(new Positional(name, help, true, false));
        return this;
    }

    /** An optional positional parameter. */
    public CommandSpec optionalArg(String name, String help) {
        positionals.add(new Positional(name, help, false, false));
        return this;
    }

    /** Remaining positional parameters, zero or more. */
    public CommandSpec restArgs(String name, String help) {
        positionals.add(new Positional(name, help, false, true));
        return this;
    }

    /** A boolean flag such as {@code --strict}. */
    public CommandSpec flag(String name, String help) {
        options.put(name, new Option(name, null, help, false));
        return this;
    }

    /** An option taking one value, such as {@code --period 2026-Q3}. */
    public CommandSpec option(String name, String valueName, String help) {
        options.put(name, new Option(name, valueName, help, false));
        return this;
    }

    /** An option that may be given several times, such as {@code --segment NAME=COLUMN}. */
    public CommandSpec repeatable(String name, String valueName, String help) {
        options.put(name, new Option(name, valueName, help, true));
        return this;
    }

    /** An example command line shown in the help. */
    public CommandSpec example(String line) {
        examples.add(line);
        return this;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public List<Positional> positionals() {
        return Collections.unmodifiableList(positionals);
    }

    public Map<String, Option> options() {
        return Collections.unmodifiableMap(options);
    }

    public Optional<Option> option(String optionName) {
        return Optional.ofNullable(options.get(optionName));
    }

    public List<String> examples() {
        return Collections.unmodifiableList(examples);
    }
}
