package org.cxworkbench.measure.internal.calc;

import java.util.ArrayList;
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
 * Churn rate = churned / customers at start x 100 (detail {@code churnRate}), and the seeds' net customer
 * loss = (start - end) / start x 100 (detail {@code netCustomerLoss}). The value is the churn rate; when
 * the number churned is not recorded it is the net customer loss, and a warning says so.
 */
@Component(service = KpiCalculator.class, property = KpiCalculator.ID + "=" + ChurnCalculator.ID)
public final class ChurnCalculator implements KpiCalculator {

    public static final String ID = "churn";

    /** Warning when the value is the net customer loss. */
    public static final String NET_LOSS_WARNING = "value is the net customer loss (start - end) / start x 100, "
            + "not the churn rate: the number of customers churned is not recorded, and customers gained are hidden";

    @Override
    public boolean supports(KpiDefinition definition) {
        return definition.getKind() == KpiKind.CHURN;
    }

    @Override
    public Optional<KpiResult> compute(Strategy strategy, KpiDefinition definition, String period, String segmentKey) {
        return CustomerFigures.of(strategy, period, segmentKey).map(f -> {
            Map<String, Double> details = f.countDetails();
            details.put("churnRate", f.churnRate());
            details.put("netCustomerLoss", f.netCustomerLoss());
            List<String> warnings = new ArrayList<>();
            double value = f.churnRate();
            if (!f.hasStart()) {
                warnings.add("no customers at the start of " + period + ": churn cannot be computed");
            } else if (Double.isNaN(value)) {
                value = f.netCustomerLoss();
                warnings.add(Double.isNaN(value) ? "neither churned customers nor customers at the end are recorded"
                        : NET_LOSS_WARNING);
            }
            return Results.of(definition, period, segmentKey, value, f.base(), details, warnings);
        });
    }
}
