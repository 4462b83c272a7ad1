package org.cxworkbench.measure.internal.calc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cxworkbench.api.kpi.KpiCalculator;
import org.cxworkbench.api.kpi.KpiResult;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.KpiKind;
import org.cxworkbench.model.Strategy;

/**
 * A duration KPI in hours: the value is the exact mean (sumSeconds / 3600 / count); median and p90 come
 * from the whole-minute bins. When the durations were imported with business hours, the same three
 * figures are reported in business hours ({@code businessMean}, {@code businessMedian}, {@code businessP90}).
 */
abstract class DurationCalculator implements KpiCalculator {

    private final KpiKind kind;

    DurationCalculator(KpiKind kind) {
        this.kind = kind;
    }

    @Override
    public final boolean supports(KpiDefinition definition) {
        return definition.getKind() == kind;
    }

    @Override
    public final Optional<KpiResult> compute(Strategy strategy, KpiDefinition definition, String period,
            String segmentKey) {
        return DurationData.of(strategy, definition, period, segmentKey)
                .map(data -> compute(definition, period, segmentKey, data));
    }

    static KpiResult compute(KpiDefinition definition, String period, String segmentKey, DurationData data) {
        Map<String, Double> details = new LinkedHashMap<>();
        details.put("mean", data.meanHours());
        details.put("median", data.minutes().medianHours());
        details.put("p90", data.minutes().percentileHours(90));
        if (data.hasBusinessHours()) {
            details.put("businessMean", data.businessMeanHours());
            details.put("businessMedian", data.businessMinutes().medianHours());
            details.put("businessP90", data.businessMinutes().percentileHours(90));
        }
        return Results.of(definition, period, segmentKey, data.meanHours(), data.count(), details, List.of());
    }
}
