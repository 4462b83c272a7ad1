package org.cxworkbench.optimise.internal.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.cxworkbench.api.rules.Finding;
import org.cxworkbench.api.rules.StepRule;
import org.cxworkbench.api.rules.StepRuleService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.BacklogItem;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.optimise.api.Alert;
import org.cxworkbench.optimise.api.AlertService;
import org.cxworkbench.plan.api.ReportingPeriod;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Every alert of the current period should have led to a backlog item (with the alert as its trigger). */
@Component(service = StepRule.class)
@StepRuleService(step = 9, id = AlertsBacklogRule.ID)
public final class AlertsBacklogRule implements StepRule {

    static final String ID = "optimise.alerts-backlog";

    private final AlertService alerts;

    @Activate
    public AlertsBacklogRule(@Reference AlertService alerts) {
        this.alerts = alerts;
    }

    @Override
    public List<Finding> check(Strategy strategy) {
        String period = strategy.getCurrentPeriod();
        if (!ReportingPeriod.isValid(period)) {
            return List.of();
        }
        Set<String> triggers = new HashSet<>();
        for (BacklogItem item : strategy.getBacklog()) {
            triggers.add(item.getTrigger());
        }
        return alerts.alerts(strategy, period).stream().filter(a -> !triggers.contains(a.trigger()))
                .map(a -> finding(a, period)).toList();
    }

    private static Finding finding(Alert alert, String period) {
        return Finding.warning(WorkflowStep.OPTIMISE, ID, alert.subjectId(),
                "Alert without a backlog item: " + alert.message() + " (" + alert.evidence() + ")",
                "cxw optimise FILE --period " + period + " --accept");
    }
}
