package org.cxworkbench.optimise.internal.alerts;

import java.util.ArrayList;
import java.util.List;

import org.cxworkbench.model.Strategy;
import org.cxworkbench.optimise.api.Alert;
import org.cxworkbench.optimise.api.AlertKind;
import org.cxworkbench.optimise.api.AlertSeverity;
import org.cxworkbench.plan.api.ImplementationPlan;
import org.cxworkbench.plan.api.PlanTimeline;
import org.cxworkbench.plan.api.ReportingPeriod;
import org.cxworkbench.plan.api.StepPlan;
import org.cxworkbench.plan.api.TacticPlan;

/** Tactics and steps still open after their due date, as of the last day of the period. */
final class OverdueAlerts implements AlertSource {

    private final ImplementationPlan plan;

    OverdueAlerts(ImplementationPlan plan) {
        this.plan = plan;
    }

    @Override
    public List<Alert> alerts(Strategy strategy, ReportingPeriod period) {
        PlanTimeline timeline = plan.timeline(strategy, period.end());
        List<Alert> alerts = new ArrayList<>();
        for (TacticPlan tactic : timeline.tactics()) {
            if (tactic.overdue()) {
                alerts.add(new Alert(AlertKind.TACTIC_OVERDUE, AlertSeverity.WARNING, tactic.id(),
                        "Tactic '" + tactic.name() + "' is overdue",
                        "due " + tactic.dueDate() + ", " + tactic.status() + " on " + period.end()));
            }
            for (StepPlan step : tactic.steps()) {
                if (step.overdue()) {
                    alerts.add(new Alert(AlertKind.STEP_OVERDUE, AlertSeverity.WARNING, step.id(),
                            "Step " + step.number() + " '" + step.name() + "' of tactic '" + tactic.name()
                                    + "' is overdue",
                            "due " + step.dueDate() + ", " + step.status() + " on " + period.end()
                                    + (step.owner() == null ? ", no owner" : ", owner " + step.owner().name())));
                }
            }
        }
        return alerts;
    }
}
