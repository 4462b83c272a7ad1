package org.cxworkbench.optimise.internal.alerts;

import java.util.List;

import org.cxworkbench.model.Strategy;
import org.cxworkbench.optimise.api.Alert;
import org.cxworkbench.plan.api.ReportingPeriod;

/** One kind of check that raises alerts for a period. */
interface AlertSource {

    List<Alert> alerts(Strategy strategy, ReportingPeriod period);
}
