package org.cxworkbench.report.internal.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cxworkbench.api.goals.GoalProgress;
import org.cxworkbench.api.goals.GoalTracker;
import org.cxworkbench.api.rules.StepStatus;
import org.cxworkbench.api.rules.WorkflowReport;
import org.cxworkbench.measure.api.Periods;
import org.cxworkbench.model.Goal;
import org.cxworkbench.model.GoalStatus;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.report.internal.ReportMessages;

/**
 * The alerts an executive should read first, most urgent kind first: steps not complete, goals off track or
 * at risk, KPIs that worsened against the period before. At most {@link #LIMIT}, with a count of the rest.
 */
final class TopAlerts {

    static final int LIMIT = 10;

    private final ReportMessages messages;
    private final Locale locale;

    TopAlerts(ReportMessages messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    List<String> alerts(Strategy strategy, String period, WorkflowReport steps, List<KpiLine> kpis,
            GoalTracker tracker) {
        List<String> alerts = new ArrayList<>();
        if (steps != null) {
            for (StepStatus step : steps.steps()) {
                if (!step.complete()) {
                    String missing = step.missing().isEmpty() ? messages.get("summary.alerts.noDetail")
                            : String.join("; ", step.missing());
                    alerts.add(messages.get("summary.alerts.step", step.step().number(),
                            stepTitle(step), missing));
                }
            }
        }
        for (Goal goal : strategy.getGoals()) {
            GoalStatus status;
            String explanation = null;
            if (tracker != null) {
                GoalProgress progress = tracker.progress(goal, period);
                status = progress.status();
                explanation = progress.explanation();
            } else {
                status = goal.getStatus();
            }
            if (GoalTargets.offTrack(status)) {
                String name = goal.getName() != null ? goal.getName() : goal.getStatement();
                alerts.add(messages.get("summary.alerts.goal", name, messages.get("goalStatus." + status.name()),
                        explanation == null || explanation.isBlank() ? "" : " " + explanation));
            }
        }
        for (KpiLine line : kpis) {
            if (line.worsened()) {
                alerts.add(messages.get("summary.alerts.kpi", line.label(), Figures.value(line.previous(), locale),
                        Figures.value(line.value(), locale), Periods.previous(period), period));
            }
        }
        if (alerts.size() > LIMIT) {
            int more = alerts.size() - LIMIT;
            alerts = new ArrayList<>(alerts.subList(0, LIMIT));
            alerts.add(messages.get("summary.alerts.more", more));
        }
        return alerts;
    }

    private String stepTitle(StepStatus step) {
        String key = "step." + step.step().number() + ".title";
        return messages.has(key) ? messages.get(key) : step.step().title();
    }
}
