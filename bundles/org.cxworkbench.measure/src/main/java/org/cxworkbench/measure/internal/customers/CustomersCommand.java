package org.cxworkbench.measure.internal.customers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cxworkbench.api.command.CommandContext;
import org.cxworkbench.api.command.CommandException;
import org.cxworkbench.api.command.CommandSpec;
import org.cxworkbench.api.command.CxwCommand;
import org.cxworkbench.api.command.CxwCommandService;
import org.cxworkbench.api.command.StrategyFiles;
import org.cxworkbench.api.store.StrategyStore;
import org.cxworkbench.model.Strategy;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code cxw customers FILE --period P --start N --end N [--new N] [--churned N] [--segment KEY]}. */
@Component(service = CxwCommand.class)
@CxwCommandService(command = "customers", summary = "Sets the customer counts of a period (for churn and retention)",
        group = "measure")
public final class CustomersCommand implements CxwCommand {

    private final StrategyStore store;

    @Activate
    public CustomersCommand(@Reference StrategyStore store) {
        this.store = store;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of("customers", "Sets the customer counts of one period and segment, from which churn "
                + "(churned / start x 100, and net customer loss (start - end) / start x 100) and retention "
                + "((end - new) / start x 100, and gross retention (simple) end / start x 100) are computed. "
                + "Replaces counts set before for the same period and segment.")
                .arg(StrategyFiles.FILE, "the strategy file (.cxs)")
                .option("--period", "PERIOD", "the period, e.g. 2026-Q1 (required)")
                .option("--start", "N", "customers at the start of the period (required)")
                .option("--end", "N", "customers at the end of the period (required)")
                .option("--new", "N", "customers gained during the period")
                .option("--churned", "N", "customers lost during the period")
                .option("--segment", "KEY", "the segment, dimension=value (default: all customers)")
                .example("cxw customers acme.cxs --period 2026-Q1 --start 500 --end 450")
                .example("cxw customers acme.cxs --period 2026-Q1 --start 500 --end 450 --new 20 --churned 70");
    }

    @Override
    public int run(CommandContext context) throws CommandException {
        CustomerCountInput input;
        try {
            input = new CustomerCountInput(required(context, "--period"), context.option("--segment").orElse(""),
                    CustomerCountInput.parseCount("--start", required(context, "--start")),
                    CustomerCountInput.parseCount("--end", required(context, "--end")),
                    CustomerCountInput.parseCount("--new", context.option("--new").orElse(null)),
                    CustomerCountInput.parseCount("--churned", context.option("--churned").orElse(null)));
        } catch (NumberFormatException e) {
            throw new CommandException("cxw customers: " + e.getMessage());
        }
        List<String> problems = input.problems();
        if (!problems.isEmpty()) {
            throw new CommandException("cxw customers: " + String.join("; ", problems) + "; nothing was changed");
        }
        Strategy strategy = StrategyFiles.load(store, context);
        boolean replaced = input.applyTo(strategy);
        StrategyFiles.save(store, strategy);
        if (context.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("period", input.period());
            json.put("segmentKey", input.segmentKey());
            json.put("start", input.atStart());
            json.put("end", input.atEnd());
            json.put("new", input.newCustomers());
            json.put("churned", input.churned());
            json.put("replaced", replaced);
            context.printJson(json);
        } else {
            context.out().printf("%s customer counts of %s%s: start %d, end %d, new %s, churned %s%n",
                    replaced ? "Replaced" : "Set", input.period(),
                    input.segmentKey().isEmpty() ? "" : " (" + input.segmentKey() + ")", input.atStart(), input.atEnd(),
                    input.newCustomers() == null ? "not recorded" : input.newCustomers(),
                    input.churned() == null ? "not recorded" : input.churned());
        }
        return OK;
    }

    private static String required(CommandContext context, String option) throws CommandException {
        return context.option(option).orElseThrow(() -> new CommandException("cxw customers: " + option
                + " is required; usage: cxw customers FILE --period P --start N --end N [--new N] [--churned N]"));
    }
}
