package org.cxworkbench.measure.internal.calc;

import java.util.Optional;

import org.cxworkbench.api.kpi.KpiCalculator;
import org.cxworkbench.api.kpi.KpiResult;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.KpiKind;
import org.cxworkbench.model.Strategy;
import org.osgi.service.component.annotations.Component;

/** A custom rating question = the mean score, with spread and distribution. */
@Component(service = KpiCalculator.class, property = KpiCalculator.ID + "=" + RatingCalculator.ID)
public final class RatingCalculator implements KpiCalculator {

    public static final String ID = "rating";

    @Override
    public boolean supports(KpiDefinition definition) {
        return definition.getKind() == KpiKind.CUSTOM_RATING;
    }

    @Override
    public Optional<KpiResult> compute(Strategy strategy, KpiDefinition definition, String period, String segmentKey) {
        return RatingData.of(strategy, definition, period, segmentKey)
                .map(data -> MeanScoreCalculator.compute(definition, period, segmentKey, data));
    }
}
