package org.cxworkbench.cli.internal;

import java.io.PrintWriter;
import java.util.List;

import org.cxworkbench.api.command.CommandSpec;
import org.cxworkbench.api.command.CxwCommand;

/** Prints {@code cxw help} and {@code cxw help COMMAND} from the registered commands' specs. */
final class HelpPrinter {

    private final CommandDispatcher dispatcher;

    HelpPrinter(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    int run(List<String> args, PrintWriter out, PrintWriter err) {
        if (args.isEmpty()) {
            overview(out);
            return CxwCommand.OK;
        }
        String name = args.get(0);
        for (CommandDispatcher.Registered registered : dispatcher.commands()) {
            if (registered.name().equals(name)) {
                command(registered, out);
                return CxwCommand.OK;
            }
        }
        err.println("cxw help: unknown command '" + name + "'" + suggestion(name));
        return CxwCommand.USAGE_OR_INPUT_ERROR;
    }

    void overview(PrintWriter out) {
        out.println("cxw - CX Workbench, the customer-experience strategy workbench");
        out.println();
        out.println("Usage: cxw COMMAND [ARGUMENTS] [--json]");
        out.println("       cxw help COMMAND     shows one command in detail");
        out.println("       cxw shell            opens the interactive shell (the same commands as 'cxw COMMAND ...')");
        String group = null;
        for (CommandDispatcher.Registered registered : dispatcher.commands()) {
            if (!registered.group().equals(group)) {
                group = registered.group();
                out.println();
                out.println(capitalise(group) + ":");
            }
            out.printf("  %-18s %s%n", registered.name(), registered.summary());
        }
        out.println();
        out.println("Exit codes: 0 ok, 1 validation failure, 2 usage or input error, 3 internal error.");
        out.println("Every command accepts --json and then prints machine-readable JSON only.");
    }

    void command(CommandDispatcher.Registered registered, PrintWriter out) {
        CommandSpec spec = registered.command().spec();
        StringBuilder usage = new StringBuilder("Usage: cxw ").append(spec.name());
        for (CommandSpec.Positional p : spec.positionals()) {
            String shown = p.variadic() ? p.name() + "..." : p.name();
            usage.append(' ').append(p.required() ? shown : "[" + shown + "]");
        }
        if (!spec.options().isEmpty()) {
            usage.append(" [OPTIONS]");
        }
        usage.append(" [--json]");
        out.println(usage);
        out.println();
        out.println(spec.description());
        if (!spec.positionals().isEmpty()) {
            out.println();
            out.println("Arguments:");
            for (CommandSpec.Positional p : spec.positionals()) {
                out.printf("  %-24s %s%n", p.name(), p.help());
            }
        }
        out.println();
        out.println("Options:");
        for (CommandSpec.Option o : spec.options().values()) {
            String left = o.takesValue() ? o.name() + " " + o.valueName() : o.name();
            out.printf("  %-24s %s%s%n", left, o.help(), o.repeatable() ? " (repeatable)" : "");
        }
        out.printf("  %-24s %s%n", "--json", "print machine-readable JSON only");
        if (!spec.examples().isEmpty()) {
            out.println();
            out.println("Examples:");
            spec.examples().forEach(e -> out.println("  " + e));
        }
        out.println();
        out.println("Provided by bundle " + registered.bundle() + ".");
    }

    String suggestion(String name) {
        String best = null;
        int bestDistance = 3;
        for (CommandDispatcher.Registered registered : dispatcher.commands()) {
            int d = distance(name, registered.name());
            if (d < bestDistance) {
                bestDistance = d;
                best = registered.name();
            }
        }
        return best == null ? "" : " (did you mean '" + best + "'?)";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
