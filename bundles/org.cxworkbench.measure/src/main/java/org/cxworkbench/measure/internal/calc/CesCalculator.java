package org.cxworkbench.measure.internal.calc;

import java.util.Optional;

import org.cxworkbench.api.kpi.KpiCalculator;
import org.cxworkbench.api.kpi.KpiResult;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.KpiKind;
import org.cxworkbench.model.Strategy;
import org.osgi.service.component.annotations.Component;

/**
 * CES = the mean score, with the distribution ({@code count.1} ...). Whether higher is better is the
 * definition's polarity ("how easy" or "how much effort"), which readers of the result take from there.
 */
@Component(service = KpiCalculator.class, property = KpiCalculator.ID + "=" + CesCalculator.ID)
public final class CesCalculator implements KpiCalculator {

    public static final String ID = "ces";

    @Override
    public boolean supports(KpiDefinition definition) {
        return definition.getKind() == KpiKind.CES;
    }

    @Override
    public Optional<KpiResult> compute(Strategy strategy, KpiDefinition definition, String period, String segmentKey) {
        return RatingData.of(strategy, definition, period, segmentKey)
                .map(data -> MeanScoreCalculator.compute(definition, period, segmentKey, data));
    }
}
