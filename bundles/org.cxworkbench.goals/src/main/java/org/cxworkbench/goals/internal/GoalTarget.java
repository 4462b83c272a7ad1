package org.cxworkbench.goals.internal;

import java.util.Optional;

import org.cxworkbench.model.Goal;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.TargetKind;

/**
 * The value a goal aims for, worked out from its baseline and target change.
 * <ul>
 * <li>{@code ABSOLUTE_CHANGE}: target = baseline + change ("raise NPS by one full point": +1)</li>
 * <li>{@code RELATIVE_CHANGE}: target = baseline * (1 + change / 100) ("cut time to resolve by 20 %": -20)</li>
 * <li>{@code PERCENTAGE_POINT_CHANGE}: target = baseline + change, for KPIs in percent only</li>
 * <li>{@code TARGET_VALUE}: target = change</li>
 * </ul>
 *
 * @param kpi the KPI measuring the goal
 * @param scale the KPI's scale
 * @param kind how the change is meant
 * @param change the signed change as entered
 * @param baseline the value at the start
 * @param target the value to reach
 */
record GoalTarget(KpiDefinition kpi, KpiScale scale, TargetKind kind, double change, double baseline,
        double target) {

    /** The target of a goal, or empty when the goal lacks a KPI, baseline or change, or they do not fit. */
    static Optional<GoalTarget> of(Goal goal) {
        KpiDefinition kpi = goal.getKpi();
        if (kpi == null || !goal.isSetBaseline() || !goal.isSetTargetChange()) {
            return Optional.empty();
        }
        KpiScale scale = KpiScale.of(kpi);
        double baseline = goal.getBaseline();
        double change = goal.getTargetChange();
        TargetKind kind = goal.getTargetKind();
        double target;
        switch (kind) {
            case RELATIVE_CHANGE -> {
                if (baseline == 0) {
                    return Optional.empty();
                }
                target = baseline * (1 + change / 100);
            }
            case PERCENTAGE_POINT_CHANGE -> {
                if (!scale.percent()) {
                    return Optional.empty();
                }
                target = baseline + change;
            }
            case TARGET_VALUE -> target = change;
            default -> target = baseline + change;
        }
        return Optional.of(new GoalTarget(kpi, scale, kind, change, baseline, target));
    }

    /** The KPI's name for texts: its code, else its name. */
    static String kpiLabel(KpiDefinition kpi) {
        if (kpi.getCode() != null && !kpi.getCode().isBlank()) {
            return kpi.getCode();
        }
        return kpi.getName() == null ? kpi.getId() : kpi.getName();
    }

    /** target - baseline. */
    double delta() {
        return target - baseline;
    }

    /** Whether the target moves the KPI the way its polarity calls better. */
    boolean improves() {
        return kpi.isHigherIsBetter() ? delta() > 0 : delta() < 0;
    }

    /** {@code 41.0 points -> 42.0 points}. */
    String fromTo() {
        return scale.format(baseline) + " -> " + scale.format(target);
    }

    /**
     * What the target means, in words, with the alternative reading spelled out for KPIs in percent, e.g.
     * "10 % relative: 12.0 % -> 10.8 %; if you meant 10 percentage points use --target-kind
     * PERCENTAGE_POINT_CHANGE (12.0 % -> 2.0 %)".
     */
    String explain() {
        String label = kpiLabel(kpi);
        String magnitude = Numbers.compact(Math.abs(change));
        return switch (kind) {
            case RELATIVE_CHANGE -> {
                String text = label + " " + (change > 0 ? "+" : "") + Numbers.compact(change) + " % relative: "
                        + fromTo();
                if (scale.percent()) {
                    text += " (" + magnitude + " % of the current value, not " + magnitude
                            + " percentage points); if you meant " + magnitude
                            + " percentage points use --target-kind PERCENTAGE_POINT_CHANGE (" + scale.format(baseline)
                            + " -> " + scale.format(baseline + change) + ")";
                }
                yield text;
            }
            case PERCENTAGE_POINT_CHANGE -> {
                double alternative = baseline * (1 + change / 100);
                yield label + " " + Numbers.signed(change) + " percentage points: " + fromTo() + ". If you meant "
                        + magnitude + " % of the current value use --target-kind RELATIVE_CHANGE ("
                        + scale.format(baseline) + " -> " + scale.format(alternative) + ")";
            }
            case TARGET_VALUE -> label + " to reach " + scale.format(target) + ": " + fromTo() + " ("
                    + scale.formatChange(delta()) + ")";
            default -> label + " " + scale.formatChange(change) + ": " + fromTo();
        };
    }

    /** The change to enter with {@code --target-change} that moves the KPI by {@code delta} in this goal's kind. */
    double changeFor(double delta) {
        return switch (kind) {
            case RELATIVE_CHANGE -> delta / baseline * 100;
            case TARGET_VALUE -> baseline + delta;
            default -> delta;
        };
    }
}
