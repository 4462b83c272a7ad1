package org.cxworkbench.goals.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.cxworkbench.api.goals.GoalProgress;
import org.cxworkbench.api.kpi.KpiResult;
import org.cxworkbench.api.kpi.KpiService;
import org.cxworkbench.model.Goal;
import org.cxworkbench.model.GoalStatus;
import org.cxworkbench.model.Strategy;

/**
 * Where a goal stands, from the latest KPI value measured up to the reporting period.
 *
 * <p>progress = (measured - baseline) / (target - baseline): 0 at the baseline, 1 at the target, negative when the
 * KPI moved the wrong way. Because the target's direction follows the KPI's polarity (Measurable), progress above 0
 * always means better. The status compares progress with the share of the goal's window gone at the end of the
 * measured period:
 * <ul>
 * <li>ACHIEVED: progress of 1 or more (the target is reached);</li>
 * <li>MISSED: the measured period ends on or after the goal's deadline and the target is not reached;</li>
 * <li>ON_TRACK: progress at least the elapsed share minus {@value #ON_TRACK_TOLERANCE} (at most 10 points of the
 * way behind the even pace);</li>
 * <li>AT_RISK: progress at least the elapsed share minus {@value #AT_RISK_TOLERANCE};</li>
 * <li>OFF_TRACK: further behind, including a KPI moving the wrong way;</li>
 * <li>UNKNOWN: the goal is not measurable, no KPI service is installed, or no value was measured yet.</li>
 * </ul>
 */
final class GoalProgressCalculator {

    static final double ON_TRACK_TOLERANCE = 0.10;
    static final double AT_RISK_TOLERANCE = 0.25;

    private final KpiService kpis;

    /** @param kpis the KPI service, or {@code null} when none is installed */
    GoalProgressCalculator(KpiService kpis) {
        this.kpis = kpis;
    }

    GoalProgress progress(Goal goal, String period) {
        String id = goal.getId();
        Optional<GoalTarget> found = GoalTarget.of(goal);
        String code = goal.getKpi() == null ? null : GoalTarget.kpiLabel(goal.getKpi());
        if (found.isEmpty()) {
            return unknown(id, code, Double.NaN, Double.NaN, "the goal has no KPI, baseline and target yet, so its "
                    + "progress cannot be measured");
        }
        GoalTarget target = found.get();
        if (kpis == null) {
            return unknown(id, code, target.baseline(), target.target(), "no KPI service is installed, so " + code
                    + " cannot be measured");
        }
        Strategy strategy = GoalTree.strategyOf(goal);
        String reportingPeriod = period != null ? period : strategy == null ? null : strategy.getCurrentPeriod();
        Optional<KpiResult> measured = latestValue(strategy, goal, reportingPeriod);
        if (measured.isEmpty()) {
            return unknown(id, code, target.baseline(), target.target(), "no " + code + " value measured"
                    + (reportingPeriod == null ? "" : " up to " + reportingPeriod) + segmentText(goal)
                    + "; import survey answers or tickets for it");
        }
        KpiResult result = measured.get();
        double value = result.value();
        double progress = (value - target.baseline()) / target.delta();
        KpiScale scale = target.scale();
        String head = code + " " + scale.format(value) + " in " + result.period() + segmentText(goal) + " (baseline "
                + scale.format(target.baseline()) + ", target " + scale.format(target.target()) + "): "
                + Numbers.percent(progress) + " of the way";
        if (reportingPeriod != null && !reportingPeriod.equals(result.period())) {
            head += "; nothing measured in " + reportingPeriod + " yet";
        }
        if (progress >= 1 - 1e-9) {
            return result(goal, target, result, progress, GoalStatus.ACHIEVED, head + ", target reached");
        }
        Optional<GoalWindow> window = GoalWindow.of(goal);
        Optional<Periods.Span> measuredSpan = Periods.span(result.period());
        if (window.isEmpty() || measuredSpan.isEmpty()) {
            return result(goal, target, result, progress, GoalStatus.UNKNOWN, head
                    + "; the goal has no valid period or due date, so its pace cannot be judged");
        }
        if (!measuredSpan.get().end().isBefore(window.get().end())) {
            return result(goal, target, result, progress, GoalStatus.MISSED, head + "; the deadline "
                    + window.get().end() + " has passed without reaching the target");
        }
        double elapsed = window.get().elapsedAt(measuredSpan.get().end());
        GoalStatus status = progress >= elapsed - ON_TRACK_TOLERANCE ? GoalStatus.ON_TRACK
                : progress >= elapsed - AT_RISK_TOLERANCE ? GoalStatus.AT_RISK : GoalStatus.OFF_TRACK;
        return result(goal, target, result, progress, status, head + " with " + Numbers.percent(elapsed)
                + " of the time gone");
    }

    private Optional<KpiResult> latestValue(Strategy strategy, Goal goal, String reportingPeriod) {
        if (strategy == null) {
            return Optional.empty();
        }
        String segment = GoalSubject.segmentKey(goal);
        if (Periods.isPeriod(reportingPeriod)) {
            Optional<KpiResult> exact = kpis.value(strategy, goal.getKpi(), reportingPeriod, segment)
                    .filter(KpiResult::hasValue);
            if (exact.isPresent()) {
                return exact;
            }
        }
        Optional<Periods.Span> until = Periods.span(reportingPeriod);
        List<Periods.Span> periods = new ArrayList<>();
        for (String p : kpis.periods(strategy)) {
            Periods.span(p).filter(s -> until.isEmpty() || !s.end().isAfter(until.get().end()))
                    .ifPresent(periods::add);
        }
        periods.sort(Comparator.comparing(Periods.Span::end).thenComparing(Periods.Span::start).reversed());
        for (Periods.Span span : periods) {
            Optional<KpiResult> value = kpis.value(strategy, goal.getKpi(), span.period(), segment)
                    .filter(KpiResult::hasValue);
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    private static String segmentText(Goal goal) {
        String segment = GoalSubject.segmentKey(goal);
        return segment.isEmpty() ? "" : " for " + segment;
    }

    private static GoalProgress unknown(String id, String code, double baseline, double target, String why) {
        return new GoalProgress(id, code, baseline, target, Double.NaN, null, Double.NaN, GoalStatus.UNKNOWN, why);
    }

    private static GoalProgress result(Goal goal, GoalTarget target, KpiResult measured, double progress,
            GoalStatus status, String explanation) {
        return new GoalProgress(goal.getId(), GoalTarget.kpiLabel(target.kpi()), target.baseline(), target.target(),
                measured.value(), measured.period(), progress, status, explanation);
    }
}
