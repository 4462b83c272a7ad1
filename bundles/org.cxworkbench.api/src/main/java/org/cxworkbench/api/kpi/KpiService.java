package org.cxworkbench.api.kpi;

import java.util.List;
import java.util.Optional;

import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.Strategy;
import org.osgi.annotation.versioning.ProviderType;

/** Computes KPIs from a strategy's measurements with the registered {@link KpiCalculator}s. */
@ProviderType
public interface KpiService {

    /** The periods that have any measurement or customer count, oldest first. */
    List<String> periods(Strategy strategy);

    /**
     * All KPI values of the strategy.
     *
     * @param period one period, or {@code null} for every period
     * @param segmentDimension a segment dimension to break down by (e.g. {@code touchpoint}), or
     *        {@code null} for all respondents only
     */
    List<KpiResult> compute(Strategy strategy, String period, String segmentDimension);

    /** One value: the definition for one period and segment ({@code ""} for all). */
    Optional<KpiResult> value(Strategy strategy, KpiDefinition definition, String period, String segmentKey);
}
