package org.cxworkbench.optimise.internal.commands;

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
import org.cxworkbench.optimise.api.Alert;
import org.cxworkbench.optimise.api.AlertService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code cxw alerts FILE [--period P]}: what got worse or fell behind in a period. */
@Component(service = CxwCommand.class)
@CxwCommandService(command = "alerts", summary = "Lists the alerts of a period: worsening KPIs, goals off track, "
        + "overdue work, competitors overtaking on top keywords", group = "steps")
public final class AlertsCommand implements CxwCommand {

    private final StrategyStore store;
    private final AlertService alerts;

    @Activate
    public AlertsCommand(@Reference StrategyStore store, @Reference AlertService alerts) {
        this.store = store;
        this.alerts = alerts;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of("alerts", "Lists the alerts of a period, most severe first: a KPI worse two periods in a "
                + "row (by its definition's polarity), goals off track or missed, tactics and steps overdue at the "
                + "end of the period, and on the top five keywords a competitor overtaking us or our position "
                + "dropping by three or more places.")
                .arg(StrategyFiles.FILE, "the strategy file (.cxs)")
                .option(PeriodOption.NAME, "PERIOD", "the period, e.g. 2026-Q3 (default: the strategy's current period)")
                .example("cxw alerts acme.cxs --period 2026-Q3");
    }

    @Override
    public int run(CommandContext context) throws CommandException {
        if (context.option(PeriodOption.NAME).isPresent()) {
            PeriodOption.check("alerts", context.option(PeriodOption.NAME).get());
        }
        String file = context.requiredArg(StrategyFiles.FILE);
        Strategy strategy = StrategyFiles.load(store, context);
        String period = PeriodOption.resolve("alerts", context, strategy, file);
        List<Alert> found = alerts.alerts(strategy, period);
        if (context.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("period", period);
            json.put("alerts", found.stream().map(AlertsCommand::json).toList());
            context.printJson(json);
        } else {
            context.out().printf("Alerts of %s for %s: %d%n", strategy.getName(), period, found.size());
            AlertLines.print(found, context.out());
        }
        return OK;
    }

    static Map<String, Object> json(Alert alert) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", alert.kind());
        json.put("severity", alert.severity());
        json.put("subject", alert.subjectId());
        json.put("message", alert.message());
        json.put("evidence", alert.evidence());
        json.put("trigger", alert.trigger());
        return json;
    }
}
