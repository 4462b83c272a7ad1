package org.cxworkbench.report.internal.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cxworkbench.api.goals.GoalProgress;
import org.cxworkbench.api.goals.GoalTracker;
import org.cxworkbench.api.kpi.KpiResult;
import org.cxworkbench.api.kpi.KpiService;
import org.cxworkbench.api.report.Status;
import org.cxworkbench.measure.api.Periods;
import org.cxworkbench.model.Goal;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.Strategy;

/**
 * Computes the scorecard lines: each KPI's value in the period, in the period before, the target of the goal
 * that tracks it, and a status colour.
 */
final class KpiScorecard {

    /** The smallest change reported as better or worse: half a unit of the printed last decimal. */
    static final double VISIBLE_CHANGE = 0.05;

    private final KpiService kpis;
    private final GoalTracker goals;

    /** @param goals the goal tracker, or {@code null} when none is installed */
    KpiScorecard(KpiService kpis, GoalTracker goals) {
        this.kpis = kpis;
        this.goals = goals;
    }

    List<KpiLine> lines(Strategy strategy, String period) {
        String previousPeriod = Periods.previous(period);
        List<KpiLine> lines = new ArrayList<>();
        for (KpiDefinition definition : strategy.getKpiDefinitions()) {
            Optional<KpiResult> current = kpis.value(strategy, definition, period, "");
            Optional<KpiResult> before = kpis.value(strategy, definition, previousPeriod, "");
            double value = current.map(KpiResult::value).orElse(Double.NaN);
            double previous = before.map(KpiResult::value).orElse(Double.NaN);
            if (Double.isNaN(value) && Double.isNaN(previous)) {
                continue;
            }
            String unit = current.or(() -> before).map(KpiResult::unit).orElse(definition.getUnit());
            boolean higherIsBetter = definition.isHigherIsBetter();
            double change = Double.isNaN(value) || Double.isNaN(previous) ? Double.NaN : value - previous;
            // a change that does not show at the one decimal the report prints is no change for a reader
            boolean visible = !Double.isNaN(change) && Math.abs(change) >= VISIBLE_CHANGE;
            boolean worsened = visible && (higherIsBetter ? change < 0 : change > 0);
            boolean improved = visible && (higherIsBetter ? change > 0 : change < 0);
            Goal goal = goalFor(strategy, definition, period);
            double target = Double.NaN;
            Status status = worsened ? Status.BAD : improved ? Status.GOOD : Status.NEUTRAL;
            if (goal != null) {
                GoalProgress progress = goals == null ? null : goals.progress(goal, period);
                target = progress != null ? progress.target() : GoalTargets.target(goal);
                Status fromGoal = progress != null ? GoalTargets.status(progress.status())
                        : GoalTargets.status(value, target, higherIsBetter);
                if (fromGoal != Status.NEUTRAL) {
                    status = fromGoal;
                }
            }
            lines.add(new KpiLine(definition, unit == null ? "" : unit, value, previous, target, status, worsened));
        }
        return lines;
    }

    /** The goal measured by this KPI: the one for this period if any, else the first. */
    static Goal goalFor(Strategy strategy, KpiDefinition definition, String period) {
        Goal first = null;
        for (Goal goal : strategy.getGoals()) {
            if (goal.getKpi() == definition) {
                if (period.equals(goal.getPeriod())) {
                    return goal;
                }
                if (first == null) {
                    first = goal;
                }
            }
        }
        return first;
    }
}
