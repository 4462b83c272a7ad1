package org.cxworkbench.measure.internal.calc;

import java.util.List;
import java.util.Map;

import org.cxworkbench.api.kpi.KpiResult;
import org.cxworkbench.model.KpiDefinition;

/** Builds {@link KpiResult}s that cite their definition. */
public final class Results {

    private Results() {
    }

    public static KpiResult of(KpiDefinition definition, String period, String segmentKey, double value, long n,
            Map<String, Double> details, List<String> warnings) {
        return new KpiResult(definition.getCode(), name(definition), definition.getVersion(), period,
                Segments.key(segmentKey), value, definition.getUnit(), n, details, warnings);
    }

    /** A result without a value, carrying why. */
    public static KpiResult noValue(KpiDefinition definition, String period, String segmentKey, long n,
            Map<String, Double> details, String warning) {
        return of(definition, period, segmentKey, Double.NaN, n, details, List.of(warning));
    }

    /** The definition's name, or its code. */
    public static String name(KpiDefinition definition) {
        String name = definition.getName();
        return name == null || name.isBlank() ? definition.getCode() : name;
    }

    /** A percentage {@code part / whole x 100}, in the same order of operations as the report formulas. */
    public static double percent(long part, long whole) {
        return whole == 0 ? Double.NaN : part / (double) whole * 100;
    }
}
