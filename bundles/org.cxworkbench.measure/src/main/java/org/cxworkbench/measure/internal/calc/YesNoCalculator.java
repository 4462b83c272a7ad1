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

/** A yes/no question (1 = yes, 0 = no) = answers yes / answers x 100. */
@Component(service = KpiCalculator.class, property = KpiCalculator.ID + "=" + YesNoCalculator.ID)
public final class YesNoCalculator implements KpiCalculator {

    public static final String ID = "yes-no";

    @Override
    public boolean supports(KpiDefinition definition) {
        return definition.getKind() == KpiKind.YES_NO;
    }

    @Override
    public Optional<KpiResult> compute(Strategy strategy, KpiDefinition definition, String period, String segmentKey) {
        return RatingData.of(strategy, definition, period, segmentKey).map(data -> {
            long n = data.count();
            long yes = data.hasBins() ? data.countAtLeast(1) : Math.round(data.sum());
            Map<String, Double> details = new LinkedHashMap<>();
            details.put("yes", (double) yes);
            details.put("no", (double) (n - yes));
            return Results.of(definition, period, segmentKey, Results.percent(yes, n), n, details, List.of());
        });
    }
}
