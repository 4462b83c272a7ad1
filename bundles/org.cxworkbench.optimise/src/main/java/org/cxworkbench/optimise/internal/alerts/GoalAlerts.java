package org.cxworkbench.optimise.internal.alerts;

import java.util.ArrayList;
import java.util.List;

import org.cxworkbench.api.goals.GoalProgress;
import org.cxworkbench.api.goals.GoalTracker;
import org.cxworkbench.model.Goal;
import org.cxworkbench.model.GoalStatus;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.optimise.api.Alert;
import org.cxworkbench.optimise.api.AlertKind;
import org.cxworkbench.optimise.api.AlertSeverity;
import org.cxworkbench.plan.api.ReportingPeriod;

/**
 * Goals off track or missed in the period. With a {@link GoalTracker} installed the status is computed from
 * the measurements; without one, the status last stored on the goal is used and the evidence says so.
 */
final class GoalAlerts implements AlertSource {

    private final GoalTracker tracker;

    /** @param tracker the goal tracker, or {@code null} when none is installed */
    GoalAlerts(GoalTracker tracker) {
        this.tracker = tracker;
    }

    @Override
    public List<Alert> alerts(Strategy strategy, ReportingPeriod period) {
        List<Alert> alerts = new ArrayList<>();
        for (Goal goal : Goals.all(strategy)) {
            GoalStatus status;
            String evidence;
            if (tracker != null) {
                GoalProgress progress = tracker.progress(goal, period.text());
                status = progress.status();
                evidence = progress.explanation();
            } else {
                status = goal.getStatus();
                evidence = "status recorded on the goal: " + status.getName() + " (goal tracking is not installed)";
            }
            if (status == GoalStatus.MISSED) {
                alerts.add(new Alert(AlertKind.GOAL_MISSED, AlertSeverity.CRITICAL, goal.getId(),
                        "Goal '" + Goals.label(goal) + "' missed its target", evidence));
            } else if (status == GoalStatus.OFF_TRACK) {
                alerts.add(new Alert(AlertKind.GOAL_OFF_TRACK, AlertSeverity.WARNING, goal.getId(),
                        "Goal '" + Goals.label(goal) + "' is off track for its target", evidence));
            }
        }
        return alerts;
    }
}
