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
 * Retention rate = (customers at end - new customers) / customers at start x 100 (detail
 * {@code retentionRate}), and the seeds' gross retention (simple) = end / start x 100 (detail
 * {@code grossRetentionSimple}). The value is the retention rate; when new customers are not recorded it
 * is the gross retention (simple), and a warning says so.
 */
@Component(service = KpiCalculator.class, property = KpiCalculator.ID + "=" + RetentionCalculator.ID)
public final class RetentionCalculator implements KpiCalculator {

    public static final String ID = "retention";

    /** Warning when the value is the gross retention (simple). */
    public static final String SIMPLE_WARNING = "value is the gross retention (simple) end / start x 100, not the "
            + "retention rate: new customers are not recorded, so customers gained count as retained";

    @Override
    public boolean supports(KpiDefinition definition) {
        return definition.getKind() == KpiKind.RETENTION;
    }

    @Override
    public Optional<KpiResult> compute(Strategy strategy, KpiDefinition definition, String period, String segmentKey) {
        return CustomerFigures.of(strategy, period, segmentKey).map(f -> {
            Map<String, Double> details = f.countDetails();
            details.put("retentionRate", f.retentionRate());
            details.put("grossRetentionSimple", f.grossRetentionSimple());
            List<String> warnings = new ArrayList<>();
            double value = f.retentionRate();
            if (!f.hasStart()) {
                warnings.add("no customers at the start of " + period + ": retention cannot be computed");
            } else if (Double.isNaN(value)) {
                value = f.grossRetentionSimple();
                warnings.add(Double.isNaN(value) ? "customers at the end are not recorded" : SIMPLE_WARNING);
            }
            return Results.of(definition, period, segmentKey, value, f.base(), details, warnings);
        });
    }
}
