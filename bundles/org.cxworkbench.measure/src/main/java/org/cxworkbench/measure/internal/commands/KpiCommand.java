package org.cxworkbench.measure.internal.commands;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.cxworkbench.api.command.CommandContext;
import org.cxworkbench.api.command.CommandException;
import org.cxworkbench.api.command.CommandSpec;
import org.cxworkbench.api.command.CxwCommand;
import org.cxworkbench.api.command.CxwCommandService;
import org.cxworkbench.api.command.StrategyFiles;
import org.cxworkbench.api.kpi.KpiResult;
import org.cxworkbench.api.kpi.KpiService;
import org.cxworkbench.api.store.StrategyStore;
import org.cxworkbench.measure.api.KpiDefinitions;
import org.cxworkbench.measure.internal.calc.Segments;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.KpiKind;
import org.cxworkbench.model.Strategy;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code cxw kpi FILE [--period P] [--by SEGMENT]}: the KPI values per period and segment, with the figures behind them. */
@Component(service = CxwCommand.class)
@CxwCommandService(command = "kpi", summary = "Shows the KPIs per period and segment (NPS, CSAT, CES, churn, retention, "
        + "response time, time to resolution)", group = "measure")
public final class KpiCommand implements CxwCommand {

    private final StrategyStore store;
    private final KpiService kpis;

    @Activate
    public KpiCommand(@Reference StrategyStore store, @Reference KpiService kpis) {
        this.store = store;
        this.kpis = kpis;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of("kpi", "Computes every KPI that has data, per period and segment, with the definition "
                + "version used: NPS with promoters, passives, detractors, n and 95 % margin of error; CSAT top-box % "
                + "and mean; CES mean; churn rate and net customer loss; retention rate and gross retention (simple); "
                + "response time and time to resolution (mean, median, p90, and in business hours when imported so). "
                + "Values resting on fewer answers than the definition's minimum carry a warning.")
                .arg(StrategyFiles.FILE, "the strategy file (.cxs)")
                .option("--period", "PERIOD", "only this period, e.g. 2026-Q3 (default: every period with data)")
                .option("--by", "SEGMENT", "also break down by this segment dimension, e.g. touchpoint")
                .example("cxw kpi acme.cxs --period 2026-Q3")
                .example("cxw kpi acme.cxs --period 2026-Q3 --by touchpoint --json");
    }

    @Override
    public int run(CommandContext context) throws CommandException {
        Strategy strategy = StrategyFiles.load(store, context);
        List<String> periods = kpis.periods(strategy);
        String period = context.option("--period").orElse(null);
        if (period != null && !periods.contains(period)) {
            throw new CommandException("cxw kpi: no data for period " + period + "; "
                    + (periods.isEmpty() ? "the strategy has no measurements yet" : "periods with data: "
                            + String.join(", ", periods)));
        }
        String dimension = context.option("--by").orElse(null);
        if (dimension != null) {
            List<String> dimensions = Segments.dimensions(strategy);
            if (!dimensions.contains(dimension)) {
                throw new CommandException("cxw kpi: unknown segment dimension '" + dimension + "'; "
                        + (dimensions.isEmpty() ? "the strategy has no segments" : "known dimensions: "
                                + String.join(", ", dimensions)));
            }
        }
        List<KpiResult> results = kpis.compute(strategy, period, dimension);
        if (context.json()) {
            context.printJson(results);
            return OK;
        }
        if (results.isEmpty()) {
            context.out().println("No KPI values yet: import survey answers (cxw import-survey), support tickets "
                    + "(cxw import-tickets) or customer counts (cxw customers).");
            return OK;
        }
        print(strategy, results, context.out());
        return OK;
    }

    private static void print(Strategy strategy, List<KpiResult> results, PrintWriter out) {
        Map<String, List<KpiResult>> groups = new LinkedHashMap<>();
        for (KpiResult r : results) {
            groups.computeIfAbsent(r.period() + "\u0000" + r.segmentKey(), k -> new ArrayList<>()).add(r);
        }
        boolean first = true;
        for (List<KpiResult> group : groups.values()) {
            KpiResult head = group.get(0);
            out.printf("%s%s, %s%n", first ? "" : System.lineSeparator(), head.period(),
                    head.segmentKey().isEmpty() ? "all" : head.segmentKey());
            first = false;
            for (KpiResult r : group) {
                Optional<KpiKind> kind = KpiDefinitions.find(strategy, r.code()).map(KpiDefinition::getKind);
                out.printf("  %-22s %s%n", r.code() + " v" + r.definitionVersion(), describe(kind.orElse(null), r));
                r.warnings().forEach(w -> out.println("      warning: " + w));
            }
        }
    }

    static String describe(KpiKind kind, KpiResult r) {
        if (!r.hasValue() && kind != KpiKind.CHURN && kind != KpiKind.RETENTION) {
            return "no value (n " + r.n() + ")";
        }
        if (kind == null) {
            return value(r) + ", n " + r.n();
        }
        return switch (kind) {
            case NPS -> String.format(Locale.ROOT, "%+.1f points, n %d: promoters %.0f (%.1f %%), passives %.0f (%.1f %%), "
                    + "detractors %.0f (%.1f %%); 95 %% margin of error +/-%.1f points", r.value(), r.n(),
                    r.detail("promoters"), r.detail("promotersPercent"), r.detail("passives"),
                    r.detail("passivesPercent"), r.detail("detractors"), r.detail("detractorsPercent"),
                    r.detail("marginOfError"));
            case CSAT -> String.format(Locale.ROOT, "%.1f %% top box (%.0f of %d), mean %.2f", r.value(),
                    r.detail("topBox"), r.n(), r.detail("mean"));
            case CES, CUSTOM_RATING -> String.format(Locale.ROOT, "mean %.2f, n %d", r.value(), r.n());
            case YES_NO -> String.format(Locale.ROOT, "%.1f %% yes, n %d", r.value(), r.n());
            case CHURN -> String.format(Locale.ROOT, "churn rate %s, net customer loss %s (customers at start %d)",
                    percent(r.detail("churnRate")), percent(r.detail("netCustomerLoss")), r.n());
            case RETENTION -> String.format(Locale.ROOT, "retention rate %s, gross retention (simple) %s "
                    + "(customers at start %d)", percent(r.detail("retentionRate")),
                    percent(r.detail("grossRetentionSimple")), r.n());
            case RESPONSE_TIME, RESOLUTION_TIME -> durations(r);
            default -> value(r) + ", n " + r.n();
        };
    }

    private static String durations(KpiResult r) {
        String text = String.format(Locale.ROOT, "mean %.2f h, median %.2f h, p90 %.2f h, n %d", r.detail("mean"),
                r.detail("median"), r.detail("p90"), r.n());
        if (r.details().containsKey("businessMean")) {
            text += String.format(Locale.ROOT, "; business hours: mean %.2f h, median %.2f h, p90 %.2f h",
                    r.detail("businessMean"), r.detail("businessMedian"), r.detail("businessP90"));
        }
        return text;
    }

    private static String percent(double value) {
        return Double.isNaN(value) ? "not recorded" : String.format(Locale.ROOT, "%.1f %%", value);
    }

    private static String value(KpiResult r) {
        return String.format(Locale.ROOT, "%.2f %s", r.value(), r.unit() == null ? "" : r.unit()).trim();
    }
}
