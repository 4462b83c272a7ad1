package org.cxworkbench.goals.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.cxworkbench.api.kpi.KpiResult;
import org.cxworkbench.api.kpi.KpiService;
import org.cxworkbench.model.Goal;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.SmartCriterion;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.Tactic;

/**
 * Checks a goal against the five SMART letters.
 * <ul>
 * <li><b>Specific</b>: the goal names its subject: a KPI, a touchpoint, a persona or a segment.</li>
 * <li><b>Measurable</b>: a KPI, a baseline and a target change that together give a target value which improves the
 * KPI in the direction its polarity calls better.</li>
 * <li><b>Achievable</b>: the target lies on the KPI's scale and the change per quarter is plausible. Without KPI
 * history a quarter may move a bounded KPI by {@value #SHARE_OF_RANGE_PER_QUARTER} of its range (NPS: 20 points) and
 * a KPI on a ratio scale (percentages, durations) by at most {@value #RELATIVE_PER_QUARTER} of its baseline. With KPI
 * history (the KPI service is installed and two consecutive quarters have values) a quarter may move it by twice the
 * largest quarter-to-quarter change seen so far, but never less than {@value #FLOOR_SHARE_OF_RANGE} of the range
 * or {@value #FLOOR_RELATIVE} of the baseline.</li>
 * <li><b>Relevant</b>: a sub-goal works toward its parent; a top-level goal serves at least one strategy
 * objective.</li>
 * <li><b>Time-bound</b>: a period like 2026-Q3 or 2026-09, or a due date yyyy-MM-dd, after the baseline period.</li>
 * </ul>
 */
final class SmartChecker {

    static final double SHARE_OF_RANGE_PER_QUARTER = 0.10;
    static final double RELATIVE_PER_QUARTER = 0.50;
    static final double HISTORY_FACTOR = 2.0;
    static final double FLOOR_SHARE_OF_RANGE = 0.025;
    static final double FLOOR_RELATIVE = 0.10;

    private final KpiService kpis;

    /** @param kpis the KPI service for history and baseline hints, or {@code null} when none is installed */
    SmartChecker(KpiService kpis) {
        this.kpis = kpis;
    }

    /** One check per letter, in SMART order. */
    List<LetterCheck> check(Goal goal) {
        return List.of(specific(goal), measurable(goal), achievable(goal), relevant(goal), timeBound(goal));
    }

    private static String update(Goal goal) {
        return "cxw goal update FILE " + GoalTree.idOf(goal);
    }

    LetterCheck specific(Goal goal) {
        String missing = GoalSubject.missingForKind(goal);
        if (missing != null) {
            return LetterCheck.fail(SmartCriterion.SPECIFIC, "the goal is about a " + goal.getSubjectKind().getName()
                    .toLowerCase() + " but does not say which one", update(goal) + " " + missing);
        }
        List<String> subjects = GoalSubject.named(goal);
        if (subjects.isEmpty()) {
            return LetterCheck.fail(SmartCriterion.SPECIFIC, "the goal names no subject: link the KPI it moves, or the "
                    + "touchpoint, persona or segment it is about", update(goal) + " --kpi NPS");
        }
        return LetterCheck.pass(SmartCriterion.SPECIFIC, "about " + String.join(", ", subjects));
    }

    LetterCheck measurable(Goal goal) {
        KpiDefinition kpi = goal.getKpi();
        if (kpi == null) {
            return LetterCheck.fail(SmartCriterion.MEASURABLE, "no KPI measures the goal; link one of "
                    + kpiCodes(goal), update(goal) + " --kpi NPS");
        }
        String label = GoalTarget.kpiLabel(kpi);
        if (!goal.isSetBaseline()) {
            Optional<String> hint = baselineHint(goal);
            return LetterCheck.fail(SmartCriterion.MEASURABLE, "no baseline: the " + label
                    + " value the goal starts from is missing" + hint.map(h -> " (" + h + ")").orElse(""),
                    update(goal) + " --baseline VALUE --baseline-period PERIOD");
        }
        if (!goal.isSetTargetChange()) {
            return LetterCheck.fail(SmartCriterion.MEASURABLE, "no target: say how much " + label + " should change "
                    + "(e.g. +1 for one point, or -20 with --target-kind RELATIVE_CHANGE for 20 % less)",
                    update(goal) + " --target-change CHANGE --target-kind ABSOLUTE_CHANGE");
        }
        KpiScale scale = KpiScale.of(kpi);
        switch (goal.getTargetKind()) {
            case PERCENTAGE_POINT_CHANGE -> {
                if (!scale.percent()) {
                    return LetterCheck.fail(SmartCriterion.MEASURABLE, label + " is measured in "
                            + (scale.unit().isEmpty() ? "no unit" : scale.unit()) + ", not in percent, so a change in "
                            + "percentage points has no meaning; use ABSOLUTE_CHANGE or RELATIVE_CHANGE",
                            update(goal) + " --target-kind ABSOLUTE_CHANGE");
                }
            }
            case RELATIVE_CHANGE -> {
                if (goal.getBaseline() == 0) {
                    return LetterCheck.fail(SmartCriterion.MEASURABLE, "a relative change of a baseline of 0 is "
                            + "always 0; use ABSOLUTE_CHANGE or TARGET_VALUE", update(goal)
                            + " --target-kind TARGET_VALUE --target-change VALUE");
                }
            }
            default -> {
            }
        }
        GoalTarget target = GoalTarget.of(goal).orElseThrow();
        if (target.delta() == 0) {
            return LetterCheck.fail(SmartCriterion.MEASURABLE, "the target equals the baseline ("
                    + scale.format(target.baseline()) + "), so there is nothing to achieve", update(goal)
                    + " --target-change CHANGE");
        }
        if (!target.improves()) {
            String better = kpi.isHigherIsBetter() ? "higher" : "lower";
            return LetterCheck.fail(SmartCriterion.MEASURABLE, target.explain() + ", but " + better + " " + label
                    + " is better; did you mean " + Numbers.compact(-target.change()) + "?", update(goal)
                    + " --target-change " + Numbers.compact(target.kind() == org.cxworkbench.model.TargetKind.TARGET_VALUE
                            ? target.baseline() - target.delta() : -target.change()));
        }
        return LetterCheck.pass(SmartCriterion.MEASURABLE, target.explain());
    }

    LetterCheck achievable(Goal goal) {
        Optional<GoalTarget> found = GoalTarget.of(goal);
        if (found.isEmpty() || found.get().delta() == 0 || !found.get().improves()) {
            return LetterCheck.fail(SmartCriterion.ACHIEVABLE, "cannot be judged until the goal is measurable "
                    + "(see M)", update(goal) + " --baseline VALUE --target-change CHANGE");
        }
        GoalTarget target = found.get();
        KpiScale scale = target.scale();
        String label = GoalTarget.kpiLabel(target.kpi());
        if (!scale.contains(target.target())) {
            return LetterCheck.fail(SmartCriterion.ACHIEVABLE, "the target " + scale.format(target.target())
                    + " is outside the " + label + " scale (" + scale.describe() + ")", update(goal)
                    + " --target-change CHANGE");
        }
        double quarters = Math.max(1.0 / 3,
                Math.round(GoalWindow.of(goal).map(GoalWindow::quarters).orElse(1.0) * 10) / 10.0);
        Limit limit = perQuarterLimit(goal, target);
        if (Double.isNaN(limit.perQuarter())) {
            return LetterCheck.pass(SmartCriterion.ACHIEVABLE, "the target stays on the " + label + " scale; "
                    + "without a scale or history to compare with, the size of the change cannot be judged");
        }
        double allowed = limit.perQuarter() * quarters;
        String span = quarters == 1.0 ? "one quarter" : Numbers.one(quarters) + " quarters";
        String required = scale.formatChange(target.delta());
        if (Math.abs(target.delta()) > allowed + 1e-9) {
            double plausible = Math.copySign(allowed, target.delta());
            return LetterCheck.fail(SmartCriterion.ACHIEVABLE, required + " in " + span + " is more than " + label
                    + " plausibly moves: at most about " + scale.formatChange(plausible) + " (" + limit.basis()
                    + "). Aim for " + scale.format(target.baseline() + plausible)
                    + ", or give the goal more time", update(goal) + " --target-change "
                    + Numbers.compact(Math.round(target.changeFor(plausible) * 10) / 10.0));
        }
        return LetterCheck.pass(SmartCriterion.ACHIEVABLE, required + " in " + span + " is plausible for " + label
                + " (up to about " + scale.formatChange(Math.copySign(allowed, target.delta())) + "; "
                + limit.basis() + ")");
    }

    /** How far a KPI may plausibly move in a quarter, and why. */
    private record Limit(double perQuarter, String basis) {
    }

    private Limit perQuarterLimit(Goal goal, GoalTarget target) {
        KpiScale scale = target.scale();
        double baseline = Math.abs(target.baseline());
        Optional<KpiHistory.QuarterChange> history = KpiHistory.largestQuarterChange(kpis, GoalTree.strategyOf(goal),
                target.kpi(), GoalSubject.segmentKey(goal)).filter(c -> c.size() > 0);
        if (history.isPresent()) {
            KpiHistory.QuarterChange largest = history.get();
            double floor = scale.bounded() ? FLOOR_SHARE_OF_RANGE * scale.range()
                    : scale.ratioScale() ? FLOOR_RELATIVE * baseline : 0;
            double perQuarter = Math.max(HISTORY_FACTOR * largest.size(), floor);
            return new Limit(perQuarter, "twice the largest quarter-to-quarter change so far, "
                    + scale.formatChange(largest.delta()) + " from " + largest.from() + " to " + largest.to());
        }
        if (scale.bounded()) {
            double byRange = SHARE_OF_RANGE_PER_QUARTER * scale.range();
            if (scale.ratioScale() && baseline > 0 && RELATIVE_PER_QUARTER * baseline < byRange) {
                return new Limit(RELATIVE_PER_QUARTER * baseline, Numbers.percent(RELATIVE_PER_QUARTER)
                        + " of the baseline " + scale.format(target.baseline()) + " a quarter");
            }
            return new Limit(byRange, Numbers.percent(SHARE_OF_RANGE_PER_QUARTER) + " of the " + scale.describe()
                    + " range a quarter; no KPI history to compare with");
        }
        if (scale.ratioScale() && baseline > 0) {
            return new Limit(RELATIVE_PER_QUARTER * baseline, Numbers.percent(RELATIVE_PER_QUARTER)
                    + " of the baseline " + scale.format(target.baseline()) + " a quarter; no KPI history to compare with");
        }
        return new Limit(Double.NaN, "");
    }

    LetterCheck relevant(Goal goal) {
        if (goal.getParent() != null) {
            return LetterCheck.pass(SmartCriterion.RELEVANT, "works toward the higher-level goal "
                    + GoalTree.label(goal.getParent()));
        }
        Strategy strategy = GoalTree.strategyOf(goal);
        List<String> objectives = strategy == null ? List.of()
                : strategy.getObjectives().stream().filter(o -> o != null && !o.isBlank()).toList();
        List<String> tactics = strategy == null ? List.of()
                : strategy.getTactics().stream().filter(t -> t.getGoals().contains(goal)).map(Tactic::getName).toList();
        String tacticText = tactics.isEmpty() ? "" : "; tactics working on it: " + String.join(", ", tactics);
        if (objectives.isEmpty()) {
            return LetterCheck.fail(SmartCriterion.RELEVANT, "a top-level goal must serve a strategy objective, and "
                    + "the strategy has none" + tacticText + "; add the objective it serves, or make it a sub-goal of "
                    + "a higher-level goal", "cxw objectives FILE --add \"OBJECTIVE\"");
        }
        return LetterCheck.pass(SmartCriterion.RELEVANT, "a top-level goal serving the strategy objectives: "
                + objectives.stream().map(o -> "'" + o + "'").collect(Collectors.joining(", ")) + tacticText);
    }

    LetterCheck timeBound(Goal goal) {
        String period = goal.getPeriod();
        String due = goal.getDueDate();
        boolean hasPeriod = period != null && !period.isBlank();
        boolean hasDue = due != null && !due.isBlank();
        String suggestion = suggestedPeriod(goal);
        if (hasPeriod && !Periods.isPeriod(period)) {
            return LetterCheck.fail(SmartCriterion.TIME_BOUND, "the period '" + period + "' is not a period like "
                    + "2026-Q3 or 2026-09", update(goal) + " --period " + suggestion);
        }
        if (hasDue && Periods.date(due).isEmpty()) {
            return LetterCheck.fail(SmartCriterion.TIME_BOUND, "the due date '" + due + "' is not a date like "
                    + "2026-09-30", update(goal) + " --due-date YYYY-MM-DD");
        }
        if (!hasPeriod && !hasDue) {
            return LetterCheck.fail(SmartCriterion.TIME_BOUND, "no deadline: give the period the target must be "
                    + "reached in (e.g. " + suggestion + ") or a due date", update(goal) + " --period " + suggestion);
        }
        String baselinePeriod = goal.getBaselinePeriod();
        if (baselinePeriod != null && !baselinePeriod.isBlank() && !Periods.isPeriod(baselinePeriod)) {
            return LetterCheck.fail(SmartCriterion.TIME_BOUND, "the baseline period '" + baselinePeriod
                    + "' is not a period like 2026-Q2 or 2026-06", update(goal) + " --baseline-period PERIOD");
        }
        LocalDate end = GoalWindow.of(goal).orElseThrow().end();
        Optional<Periods.Span> baselineSpan = Periods.span(baselinePeriod);
        if (baselineSpan.isPresent() && !end.isAfter(baselineSpan.get().end())) {
            return LetterCheck.fail(SmartCriterion.TIME_BOUND, "the goal ends on " + end + ", before its baseline "
                    + "period " + baselinePeriod + " is over; the deadline must come after the baseline",
                    update(goal) + " --period PERIOD");
        }
        String by = hasDue ? "by " + due : "by the end of " + period + " (" + end + ")";
        return LetterCheck.pass(SmartCriterion.TIME_BOUND, by);
    }

    private static String suggestedPeriod(Goal goal) {
        Strategy strategy = GoalTree.strategyOf(goal);
        if (strategy != null && Periods.isPeriod(strategy.getCurrentPeriod())) {
            return strategy.getCurrentPeriod();
        }
        return "2026-Q3";
    }

    private static String kpiCodes(Goal goal) {
        Strategy strategy = GoalTree.strategyOf(goal);
        if (strategy == null || strategy.getKpiDefinitions().isEmpty()) {
            return "the strategy's KPI definitions (it has none yet)";
        }
        return strategy.getKpiDefinitions().stream().map(GoalTarget::kpiLabel).collect(Collectors.joining(", "));
    }

    private Optional<String> baselineHint(Goal goal) {
        Strategy strategy = GoalTree.strategyOf(goal);
        if (kpis == null || strategy == null) {
            return Optional.empty();
        }
        List<String> periods = kpis.periods(strategy);
        for (int i = periods.size() - 1; i >= 0; i--) {
            String period = periods.get(i);
            Optional<KpiResult> value = kpis.value(strategy, goal.getKpi(), period, GoalSubject.segmentKey(goal))
                    .filter(KpiResult::hasValue);
            if (value.isPresent()) {
                return Optional.of("the latest measured value is " + KpiScale.of(goal.getKpi()).format(
                        value.get().value()) + " in " + period + ": --baseline " + Numbers.one(value.get().value())
                        + " --baseline-period " + period);
            }
        }
        return Optional.empty();
    }
}
