package org.cxworkbench.measure.internal.calc;

import org.cxworkbench.api.kpi.KpiCalculator;
import org.cxworkbench.model.KpiKind;
import org.osgi.service.component.annotations.Component;

/** Time to resolution: mean, median and p90 of (resolved - opened), in hours. */
@Component(service = KpiCalculator.class, property = KpiCalculator.ID + "=" + ResolutionTimeCalculator.ID)
public final class ResolutionTimeCalculator extends DurationCalculator {

    public static final String ID = "resolution-time";

    public ResolutionTimeCalculator() {
        super(KpiKind.RESOLUTION_TIME);
    }
}
