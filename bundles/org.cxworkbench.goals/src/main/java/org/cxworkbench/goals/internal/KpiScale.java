package org.cxworkbench.goals.internal;

import java.util.Locale;

import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.KpiKind;

/**
 * The range a KPI's values can take, derived from its definition: NPS runs from -100 to 100 points, every KPI in
 * percent from 0 to 100, mean-score KPIs (CES, custom ratings) over their answer scale; durations and custom KPIs
 * have no upper bound but cannot be negative.
 *
 * @param min the lowest possible value, or NaN if none
 * @param max the highest possible value, or NaN if none
 * @param unit the unit as shown to users, may be empty
 */
record KpiScale(double min, double max, String unit) {

    static KpiScale of(KpiDefinition kpi) {
        String unit = kpi.getUnit() == null ? "" : kpi.getUnit().strip();
        KpiKind kind = kpi.getKind();
        if (kind == KpiKind.NPS) {
            return new KpiScale(-100, 100, unit.isEmpty() ? "points" : unit);
        }
        if (isPercent(unit)) {
            return new KpiScale(0, 100, "%");
        }
        if ((kind == KpiKind.CES || kind == KpiKind.CUSTOM_RATING || kind == KpiKind.CSAT)
                && kpi.getScaleMax() > kpi.getScaleMin()) {
            return new KpiScale(kpi.getScaleMin(), kpi.getScaleMax(), unit);
        }
        return new KpiScale(0, Double.NaN, unit);
    }

    static boolean isPercent(String unit) {
        return unit != null && (unit.strip().equals("%") || unit.strip().equalsIgnoreCase("percent"));
    }

    /** Whether the KPI has both a lower and an upper bound. */
    boolean bounded() {
        return !Double.isNaN(min) && !Double.isNaN(max);
    }

    /** Whether the KPI's values start at a natural zero, so relative changes mean something. */
    boolean ratioScale() {
        return min == 0;
    }

    boolean percent() {
        return "%".equals(unit);
    }

    double range() {
        return max - min;
    }

    boolean contains(double value) {
        return (Double.isNaN(min) || value >= min - 1e-9) && (Double.isNaN(max) || value <= max + 1e-9);
    }

    /** A value with its unit, one decimal: {@code 12.0 %}, {@code 41.0 points}. */
    String format(double value) {
        return unit.isEmpty() ? Numbers.one(value) : Numbers.one(value) + " " + unit;
    }

    /**
     * A signed change with its unit: {@code +1.0 points}; a change of a KPI in percent is in percentage points, so it
     * is never mistaken for a relative change: {@code -1.2 percentage points}.
     */
    String formatChange(double change) {
        if (percent()) {
            return Numbers.signed(change) + " percentage points";
        }
        return unit.isEmpty() ? Numbers.signed(change) : Numbers.signed(change) + " " + unit;
    }

    /** The scale as text: {@code -100..100 points}. */
    String describe() {
        if (bounded()) {
            return String.format(Locale.ROOT, "%s..%s%s", Numbers.compact(min), Numbers.compact(max),
                    unit.isEmpty() ? "" : " " + unit);
        }
        return "0 or more" + (unit.isEmpty() ? "" : " " + unit);
    }
}
