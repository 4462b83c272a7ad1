package org.cxworkbench.api.kpi;

import java.util.Optional;

import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.Strategy;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Computes the value of KPI definitions from the strategy's measurements, registered as a whiteboard
 * service with the {@link #ID} property. The workbench brings calculators for NPS, CSAT, CES, churn,
 * retention, response time and time to resolution; plugins add their own and point a definition at them
 * with {@code KpiDefinition.calculator}.
 */
@ConsumerType
public interface KpiCalculator {

    /** Service property: the calculator id, matched against {@code KpiDefinition.calculator}. */
    String ID = "cxw.kpi.calculator";

    /** Whether this calculator computes the given definition. */
    boolean supports(KpiDefinition definition);

    /**
     * Computes one value.
     *
     * @param segmentKey {@code ""} for all, otherwise {@code dimension=value}
     * @return the result, or empty if there is no data for the period and segment
     */
    Optional<KpiResult> compute(Strategy strategy, KpiDefinition definition, String period, String segmentKey);
}
