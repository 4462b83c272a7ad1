package org.cxworkbench.optimise.internal.trends;

import java.util.ArrayList;
import java.util.List;

import org.cxworkbench.api.goals.GoalProgress;
import org.cxworkbench.api.goals.GoalTracker;
import org.cxworkbench.api.kpi.KpiService;
import org.cxworkbench.model.Goal;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.optimise.internal.alerts.Goals;
import org.cxworkbench.optimise.internal.alerts.KpiHistory;
import org.cxworkbench.plan.api.ReportingPeriod;

/** Per goal: gap to target, trend over the last periods and status, from the goal tracker. */
public final class GoalTrends {

    /** How many periods a trend shows, the reporting period included. */
    public static final int TREND_PERIODS = 4;

    private GoalTrends() {
    }

    /**
     * The trends of every goal that has a KPI.
     *
     * @param kpis the KPI service, or {@code null}: then the trend shows the reporting period only
     */
    public static List<GoalTrend> of(Strategy strategy, ReportingPeriod period, GoalTracker tracker, KpiService kpis) {
        List<ReportingPeriod> periods = kpis == null ? List.of(period)
                : KpiHistory.periodsUpTo(kpis, strategy, period, TREND_PERIODS);
        if (!periods.contains(period)) {
            periods = new ArrayList<>(periods);
            periods.add(period);
            if (periods.size() > TREND_PERIODS) {
                periods.remove(0);
            }
        }
        List<GoalTrend> trends = new ArrayList<>();
        for (Goal goal : Goals.all(strategy)) {
            if (goal.getKpi() != null) {
                trends.add(trend(goal, period, periods, tracker));
            }
        }
        return trends;
    }

    private static GoalTrend trend(Goal goal, ReportingPeriod period, List<ReportingPeriod> periods, GoalTracker tracker) {
        GoalProgress now = tracker.progress(goal, period.text());
        List<GoalTrend.Point> points = new ArrayList<>();
        for (ReportingPeriod p : periods) {
            GoalProgress then = p.equals(period) ? now : tracker.progress(goal, p.text());
            boolean ofThatPeriod = p.text().equals(then.measuredPeriod());
            points.add(new GoalTrend.Point(p.text(), ofThatPeriod ? then.measured() : Double.NaN));
        }
        return new GoalTrend(goal.getId(), Goals.label(goal), goal.getKpi().getCode(), now.target(), now.measured(),
                gap(goal, now), points, now.status(), now.explanation());
    }

    /** Distance still to go toward the target, positive while the target is not reached. */
    static double gap(Goal goal, GoalProgress progress) {
        if (Double.isNaN(progress.target()) || Double.isNaN(progress.measured())) {
            return Double.NaN;
        }
        boolean higherIsBetter = !Double.isNaN(progress.baseline()) && progress.target() != progress.baseline()
                ? progress.target() > progress.baseline()
                : goal.getKpi().isHigherIsBetter();
        return higherIsBetter ? progress.target() - progress.measured() : progress.measured() - progress.target();
    }
}
