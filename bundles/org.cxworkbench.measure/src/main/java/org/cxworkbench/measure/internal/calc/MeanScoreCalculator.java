package org.cxworkbench.measure.internal.calc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cxworkbench.api.kpi.KpiResult;
import org.cxworkbench.model.KpiDefinition;

/** The mean score of rating answers with its spread and distribution, shared by CES and custom ratings. */
final class MeanScoreCalculator {

    private MeanScoreCalculator() {
    }

    static KpiResult compute(KpiDefinition definition, String period, String segmentKey, RatingData data) {
        Map<String, Double> details = new LinkedHashMap<>();
        details.put("mean", data.mean());
        details.put("sum", data.sum());
        details.put("standardDeviation", data.standardDeviation());
        data.bins().forEach((score, count) -> details.put("count." + label(score), (double) count));
        return Results.of(definition, period, segmentKey, data.mean(), data.count(), details, List.of());
    }

    private static String label(double score) {
        return score == Math.rint(score) ? Long.toString((long) score) : Double.toString(score);
    }
}
