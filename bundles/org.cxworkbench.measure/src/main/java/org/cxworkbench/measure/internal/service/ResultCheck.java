package org.cxworkbench.measure.internal.service;

import java.util.Locale;

import org.cxworkbench.api.kpi.KpiResult;
import org.cxworkbench.measure.internal.calc.Segments;
import org.cxworkbench.model.KpiDefinition;

/**
 * Checks a calculator's answer before it is shown: it must be for the definition, period and segment that were
 * asked for, have a finite value (or NaN, the contract's "no value"), a non-negative n, and a value inside the
 * range the definition implies, where it implies one:
 * <ul>
 * <li>NPS: -100 to 100;</li>
 * <li>ratings and yes/no questions (CSAT, CES, custom ratings, yes/no) in {@code %}: 0 to 100; as a mean score:
 * the scale, {@code scaleMin} to {@code scaleMax};</li>
 * <li>response time and time to resolution: not negative.</li>
 * </ul>
 * Churn, retention and custom KPIs have no implied range.
 */
final class ResultCheck {

    private static final double TOLERANCE = 1e-9;

    private ResultCheck() {
    }

    /** Why the result cannot be shown, or {@code null} if it can. */
    static String problem(KpiDefinition definition, String period, String segment, KpiResult result) {
        if (!String.valueOf(definition.getCode()).equals(result.code())) {
            return "it answered for KPI " + result.code() + " instead of " + definition.getCode();
        }
        if (!period.equals(result.period()) || !segment.equals(Segments.key(result.segmentKey()))) {
            return "it answered for " + describe(result.period(), result.segmentKey()) + " instead of "
                    + describe(period, segment);
        }
        if (result.n() < 0) {
            return "it returned a negative number of answers (n = " + result.n() + ")";
        }
        double value = result.value();
        if (Double.isInfinite(value)) {
            return "it returned an infinite value";
        }
        if (Double.isNaN(value)) {
            return null;
        }
        double[] range = range(definition);
        if (range != null && (value < range[0] - TOLERANCE || value > range[1] + TOLERANCE)) {
            return "it returned " + format(value) + ", outside the range " + format(range[0]) + " to "
                    + format(range[1]) + " of " + definition.getCode();
        }
        return null;
    }

    /** The range of values the definition allows, or {@code null} if it implies none. */
    static double[] range(KpiDefinition definition) {
        if (definition.getKind() == null) {
            return null;
        }
        boolean percent = "%".equals(definition.getUnit());
        switch (definition.getKind()) {
            case NPS:
                return new double[] {-100, 100};
            case CSAT:
            case CES:
            case CUSTOM_RATING:
            case YES_NO:
                if (percent) {
                    return new double[] {0, 100};
                }
                return definition.getScaleMin() < definition.getScaleMax()
                        ? new double[] {definition.getScaleMin(), definition.getScaleMax()} : null;
            case RESPONSE_TIME:
            case RESOLUTION_TIME:
                return new double[] {0, Double.POSITIVE_INFINITY};
            default:
                return null;
        }
    }

    private static String describe(String period, String segment) {
        String key = Segments.key(segment);
        return period + (key.isEmpty() ? " (all)" : " (" + key + ")");
    }

    private static String format(double value) {
        if (Double.isInfinite(value)) {
            return value > 0 ? "infinity" : "-infinity";
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.4g", value);
    }
}
