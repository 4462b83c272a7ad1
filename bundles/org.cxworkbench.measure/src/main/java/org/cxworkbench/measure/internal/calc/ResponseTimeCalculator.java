package org.cxworkbench.measure.internal.calc;

import org.cxworkbench.api.kpi.KpiCalculator;
import org.cxworkbench.model.KpiKind;
import org.osgi.service.component.annotations.Component;

/** Average response time: mean, median and p90 of (first reply - customer message), in hours. */
@Component(service = KpiCalculator.class, property = KpiCalculator.ID + "=" + ResponseTimeCalculator.ID)
public final class ResponseTimeCalculator extends DurationCalculator {

    public static final String ID = "response-time";

    public ResponseTimeCalculator() {
        super(KpiKind.RESPONSE_TIME);
    }
}
