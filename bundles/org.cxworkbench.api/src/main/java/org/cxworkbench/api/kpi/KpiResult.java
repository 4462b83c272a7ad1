package org.cxworkbench.api.kpi;

import java.util.List;
import java.util.Map;

/**
 * One KPI value for one period and segment, with the figures behind it.
 *
 * @param code the KPI definition's code, e.g. {@code NPS}
 * @param name the definition's name
 * @param definitionVersion the version of the definition used
 * @param period the period, e.g. {@code 2026-Q3}
 * @param segmentKey the segment, {@code ""} for all respondents, otherwise {@code dimension=value}
 * @param value the KPI value, {@link Double#NaN} when there is no data
 * @param unit the unit, e.g. {@code points}, {@code %}, {@code hours}
 * @param n the number of answers, tickets or customers the value rests on
 * @param details named figures behind the value, in a stable order (e.g. {@code promoters},
 *        {@code passives}, {@code detractors}, {@code marginOfError}, {@code mean}, {@code median}, {@code p90})
 * @param warnings warnings for a reader, e.g. a sample below the definition's minimum
 */
public record KpiResult(String code, String name, int definitionVersion, String period, String segmentKey,
        double value, String unit, long n, Map<String, Double> details, List<String> warnings) {

    public KpiResult {
        details = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(details));
        warnings = List.copyOf(warnings);
    }

    /** Whether the value rests on data. */
    public boolean hasValue() {
        return !Double.isNaN(value);
    }

    /** A named detail, or NaN. */
    public double detail(String key) {
        Double d = details.get(key);
        return d == null ? Double.NaN : d;
    }
}
