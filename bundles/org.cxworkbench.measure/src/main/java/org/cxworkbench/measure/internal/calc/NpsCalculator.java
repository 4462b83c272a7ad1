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
import org.osgi.service.component.annotations.Component;

/**
 * NPS = % promoters - % detractors, from the per-score counts, with the distribution and the 95 % margin
 * of error {@code 100 x 1.96 x sqrt((p + d - (p - d)^2) / n)}. The buckets come from the definition
 * (promoters at least {@code promoterMin}, detractors at most {@code detractorMax}; 9 and 6 by default).
 */
@Component(service = KpiCalculator.class, property = KpiCalculator.ID + "=" + NpsCalculator.ID)
public final class NpsCalculator implements KpiCalculator {

    public static final String ID = "nps";

    /** The z value of a two-sided 95 % confidence interval. */
    static final double Z_95 = 1.96;

    @Override
    public boolean supports(KpiDefinition definition) {
        return definition.getKind() == KpiKind.NPS;
    }

    @Override
    public Optional<KpiResult> compute(Strategy strategy, KpiDefinition definition, String period, String segmentKey) {
        return RatingData.of(strategy, definition, period, segmentKey).map(data -> compute(definition, period,
                segmentKey, data));
    }

    static KpiResult compute(KpiDefinition definition, String period, String segmentKey, RatingData data) {
        if (!data.hasBins()) {
            return Results.noValue(definition, period, segmentKey, data.count(), Map.of(),
                    "NPS needs the number of answers per score; the measurement has only totals");
        }
        int promoterMin = definition.isSetPromoterMin() ? definition.getPromoterMin() : 9;
        int detractorMax = definition.isSetDetractorMax() ? definition.getDetractorMax() : 6;
        long n = data.count();
        long promoters = data.countAtLeast(promoterMin);
        long detractors = data.countAtMost(detractorMax);
        long passives = n - promoters - detractors;
        Map<String, Double> details = new LinkedHashMap<>();
        details.put("promoters", (double) promoters);
        details.put("passives", (double) passives);
        details.put("detractors", (double) detractors);
        details.put("promotersPercent", Results.percent(promoters, n));
        details.put("passivesPercent", Results.percent(passives, n));
        details.put("detractorsPercent", Results.percent(detractors, n));
        details.put("marginOfError", marginOfError(promoters, detractors, n));
        double value = n == 0 ? Double.NaN : score(promoters, detractors, n);
        return Results.of(definition, period, segmentKey, value, n, details, List.of());
    }

    /** The NPS in points: (promoters - detractors) / n x 100, the report's formula. */
    public static double score(long promoters, long detractors, long n) {
        return (promoters - detractors) / (double) n * 100;
    }

    /** The 95 % margin of error in points: 100 x 1.96 x sqrt((p + d - (p - d)^2) / n). */
    public static double marginOfError(long promoters, long detractors, long n) {
        if (n == 0) {
            return Double.NaN;
        }
        double p = promoters / (double) n;
        double d = detractors / (double) n;
        return 100 * Z_95 * Math.sqrt((p + d - (p - d) * (p - d)) / n);
    }
}
