package org.cxworkbench.measure.internal.calc;

import java.util.ArrayList;
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

/** CSAT = answers of at least the definition's {@code topBoxMin} / answers x 100; the mean is also reported. */
@Component(service = KpiCalculator.class, property = KpiCalculator.ID + "=" + CsatCalculator.ID)
public final class CsatCalculator implements KpiCalculator {

    public static final String ID = "csat";

    @Override
    public boolean supports(KpiDefinition definition) {
        return definition.getKind() == KpiKind.CSAT;
    }

    @Override
    public Optional<KpiResult> compute(Strategy strategy, KpiDefinition definition, String period, String segmentKey) {
        return RatingData.of(strategy, definition, period, segmentKey).map(data -> compute(definition, period,
                segmentKey, data));
    }

    static KpiResult compute(KpiDefinition definition, String period, String segmentKey, RatingData data) {
        Map<String, Double> details = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        long n = data.count();
        double value = Double.NaN;
        if (!definition.isSetTopBoxMin()) {
            warnings.add("definition " + definition.getCode() + " has no top-box threshold (topBoxMin)");
        } else if (!data.hasBins()) {
            warnings.add("the top-box share needs the number of answers per score; the measurement has only totals");
        } else {
            long topBox = data.countAtLeast(definition.getTopBoxMin());
            details.put("topBox", (double) topBox);
            value = Results.percent(topBox, n);
            details.put("topBoxPercent", value);
        }
        details.put("mean", data.mean());
        details.put("sum", data.sum());
        return Results.of(definition, period, segmentKey, value, n, details, warnings);
    }
}
