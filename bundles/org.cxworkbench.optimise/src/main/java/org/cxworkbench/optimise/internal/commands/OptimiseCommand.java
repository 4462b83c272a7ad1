package org.cxworkbench.optimise.internal.commands;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.cxworkbench.api.command.CommandContext;
import org.cxworkbench.api.command.CommandException;
import org.cxworkbench.api.command.CommandSpec;
import org.cxworkbench.api.command.CxwCommand;
import org.cxworkbench.api.command.CxwCommandService;
import org.cxworkbench.api.command.StrategyFiles;
import org.cxworkbench.api.store.StrategyStore;
import org.cxworkbench.model.BacklogItem;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.optimise.api.Alert;
import org.cxworkbench.optimise.api.AlertService;
import org.cxworkbench.optimise.internal.backlog.BacklogProposer;
import org.cxworkbench.optimise.internal.backlog.Proposal;
import org.cxworkbench.optimise.internal.trends.GoalTrend;
import org.cxworkbench.plan.api.ReportingPeriod;
import org.cxworkbench.optimise.internal.trends.MeasureServices;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * {@code cxw optimise FILE --period P [--accept]}: per goal the gap to target, trend and status; the alerts of
 * the period; and the improvement backlog items they call for. With {@code --accept} the new items are added.
 */
@Component(service = CxwCommand.class)
@CxwCommandService(command = "optimise", summary = "Goal gaps and trends, alerts, and the backlog items they "
        + "call for (--accept adds them)", group = "steps")
public final class OptimiseCommand implements CxwCommand {

    private final StrategyStore store;
    private final AlertService alerts;
    private final MeasureServices measures;

    @Activate
    public OptimiseCommand(@Reference StrategyStore store, @Reference AlertService alerts,
            @Reference MeasureServices measures) {
        this.store = store;
        this.alerts = alerts;
        this.measures = measures;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of("optimise", "Step 9: shows for each goal the gap to its target, its trend over the last "
                + "periods and its status; the alerts of the period (see cxw alerts); and proposes improvement "
                + "backlog items from the alerts, each with the evidence that triggered it. Without --accept nothing "
                + "is changed; with --accept the proposals not yet in the backlog are added (an item is known by its "
                + "trigger, e.g. alert:KPI_WORSENING:NPS, so running it again adds nothing twice).")
                .arg(StrategyFiles.FILE, "the strategy file (.cxs)")
                .option(PeriodOption.NAME, "PERIOD", "the period to optimise, e.g. 2026-Q3 (required)")
                .flag("--accept", "add the new proposals to the backlog and save")
                .example("cxw optimise acme.cxs --period 2026-Q3")
                .example("cxw optimise acme.cxs --period 2026-Q3 --accept");
    }

    @Override
    public int run(CommandContext context) throws CommandException {
        String period = PeriodOption.check("optimise", context.option(PeriodOption.NAME).orElseThrow(
                () -> new CommandException("cxw optimise: --period PERIOD is required, e.g. --period 2026-Q3")));
        Strategy strategy = StrategyFiles.load(store, context);
        List<GoalTrend> trends = measures.goalTrends(strategy, ReportingPeriod.parse(period));
        List<Alert> found = alerts.alerts(strategy, period);
        List<Proposal> proposals = new BacklogProposer(Locale.getDefault()).propose(strategy, found);
        List<BacklogItem> added = List.of();
        if (context.flag("--accept")) {
            added = BacklogProposer.accept(strategy, proposals, period);
            if (!added.isEmpty()) {
                StrategyFiles.save(store, strategy);
            }
        }
        if (context.json()) {
            context.printJson(json(period, trends, found, proposals, added));
        } else {
            print(strategy, period, trends, found, proposals, added, context.flag("--accept"), context.out());
        }
        return OK;
    }

    private static Map<String, Object> json(String period, List<GoalTrend> trends, List<Alert> found,
            List<Proposal> proposals, List<BacklogItem> added) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("period", period);
        json.put("goalTracking", trends != null);
        json.put("goals", trends == null ? List.of() : trends);
        json.put("alerts", found.stream().map(AlertsCommand::json).toList());
        json.put("proposals", proposals.stream().map(p -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("name", p.name());
            item.put("priority", p.priority());
            item.put("trigger", p.trigger());
            item.put("evidence", p.evidence());
            item.put("goal", p.goalId());
            item.put("kpi", p.kpiCode());
            item.put("new", p.isNew());
            item.put("backlogItem", p.existingItemId());
            return item;
        }).toList());
        json.put("added", added.stream().map(BacklogItem::getId).toList());
        return json;
    }

    private static void print(Strategy strategy, String period, List<GoalTrend> trends, List<Alert> found,
            List<Proposal> proposals, List<BacklogItem> added, boolean accept, PrintWriter out) {
        out.printf("Optimisation of %s for %s%n%n", strategy.getName(), period);
        out.println("Goals: gap to target, trend, status");
        if (trends == null) {
            out.println("  goal tracking is not installed: gaps and trends are not available");
        } else if (trends.isEmpty()) {
            out.println("  no goal is linked to a KPI");
        } else {
            for (GoalTrend t : trends) {
                out.printf(Locale.ROOT, "  %-10s %-40s %-6s target %s  measured %s  gap %s  %s%n", t.goalId(), t.goal(),
                        t.kpiCode(), number(t.target()), number(t.measured()), number(t.gap()), t.status());
                out.println("             trend: " + t.trend().stream().map(p -> number(p.value()) + " (" + p.period() + ")")
                        .collect(Collectors.joining(" -> ")));
            }
        }
        out.printf("%nAlerts (%d)%n", found.size());
        AlertLines.print(found, out);
        long fresh = proposals.stream().filter(Proposal::isNew).count();
        out.printf("%nProposed backlog items (%d new, %d already in the backlog)%n", fresh, proposals.size() - fresh);
        for (Proposal p : proposals) {
            out.printf("  %s P%d %s%n", p.isNew() ? "[new]" : "[in backlog as " + p.existingItemId() + "]",
                    p.priority(), p.name());
            out.println("           trigger: " + p.trigger());
            out.println("           evidence: " + p.evidence());
        }
        out.println();
        if (accept) {
            out.println(added.isEmpty() ? "Nothing to add: every proposal is already in the backlog."
                    : "Added " + added.size() + " backlog items: "
                            + added.stream().map(BacklogItem::getId).collect(Collectors.joining(", ")));
        } else if (fresh > 0) {
            out.println("Run again with --accept to add the " + fresh + " new items to the backlog.");
        }
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f", value);
    }
}
