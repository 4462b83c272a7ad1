package org.cxworkbench.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cxworkbench.api.command.CommandException;
import org.cxworkbench.api.command.CommandSpec;

/**
 * The arguments of one command, parsed against its {@link CommandSpec}: positionals by name, option values,
 * flags. Unknown options, missing values and missing required parameters are usage errors that name the
 * command and the option.
 */
final class ParsedCommandLine {

    static final String JSON = "--json";
    static final String HELP = "--help";

    final Map<String, String> positionals = new LinkedHashMap<>();
    final List<String> rest = new ArrayList<>();
    final Map<String, List<String>> options = new LinkedHashMap<>();
    final Set<String> flags = new LinkedHashSet<>();

    private ParsedCommandLine() {
    }

    static ParsedCommandLine parse(CommandSpec spec, List<String> args) throws CommandException {
        ParsedCommandLine parsed = new ParsedCommandLine();
        List<String> positionalValues = new ArrayList<>();
        boolean onlyPositionals = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!onlyPositionals && arg.equals("--")) {
                onlyPositionals = true;
            } else if (!onlyPositionals && arg.startsWith("--") && arg.length() > 2) {
                String name = arg;
                String inlineValue = null;
                int eq = arg.indexOf('=');
                if (eq > 0) {
                    name = arg.substring(0, eq);
                    inlineValue = arg.substring(eq + 1);
                }
                if (name.equals(JSON) || name.equals(HELP)) {
                    parsed.flags.add(name);
                    continue;
                }
                CommandSpec.Option option = spec.option(name).orElseThrow(() -> new CommandException(
                        "cxw " + spec.name() + ": unknown option " + arg + knownOptions(spec)));
                if (!option.takesValue()) {
                    if (inlineValue != null) {
                        throw new CommandException("cxw " + spec.name() + ": option " + name + " takes no value");
                    }
                    parsed.flags.add(name);
                    continue;
                }
                String value = inlineValue;
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new CommandException("cxw " + spec.name() + ": option " + name + " needs a value ("
                                + option.valueName() + ")");
                    }
                    value = args.get(++i);
                }
                List<String> values = parsed.options.computeIfAbsent(name, k -> new ArrayList<>());
                if (!values.isEmpty() && !option.repeatable()) {
                    throw new CommandException("cxw " + spec.name() + ": option " + name + " is given twice");
                }
                values.add(value);
            } else {
                positionalValues.add(arg);
            }
        }
        if (parsed.flags.contains(HELP)) {
            return parsed;
        }
        parsed.assignPositionals(spec, positionalValues);
        return parsed;
    }

    private void assignPositionals(CommandSpec spec, List<String> values) throws CommandException {
        int next = 0;
        for (CommandSpec.Positional p : spec.positionals()) {
            if (p.variadic()) {
                rest.addAll(values.subList(next, values.size()));
                next = values.size();
            } else if (next < values.size()) {
                positionals.put(p.name(), values.get(next++));
            } else if (p.required()) {
                throw new CommandException("cxw " + spec.name() + ": missing " + p.name() + " (" + p.help()
                        + "); see 'cxw help " + spec.name() + "'");
            }
        }
        if (next < values.size()) {
            throw new CommandException("cxw " + spec.name() + ": unexpected argument '" + values.get(next)
                    + "'; see 'cxw help " + spec.name() + "'");
        }
    }

    private static String knownOptions(CommandSpec spec) {
        if (spec.options().isEmpty()) {
            return "; this command takes only --json";
        }
        return "; known options: " + String.join(", ", spec.options().keySet()) + ", --json";
    }
}
