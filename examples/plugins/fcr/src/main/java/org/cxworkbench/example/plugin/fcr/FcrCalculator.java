package org.cxworkbench.example.plugin.fcr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cxworkbench.api.kpi.KpiCalculator;
import org.cxworkbench.api.kpi.KpiResult;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.Strategy;
import org.osgi.service.component.annotations.Component;

/** FCR = tickets resolved in the first contact / resolved tickets x 100, from the FCR measurements. */
@Component(property = KpiCalculator.ID + "=" + FcrCalculator.ID)
public final class FcrCalculator implements KpiCalculator {

    /** The calculator id the FCR definition names. */
    public static final String ID = "fcr";

    @Override
    public boolean supports(KpiDefinition definition) {
        return ID.equals(definition.getCalculator()) || FcrDefinitionProvider.CODE.equals(definition.getCode());
    }

    @Override
    public Optional<KpiResult> compute(Strategy strategy, KpiDefinition definition, String period, String segmentKey) {
        String segment = segmentKey == null ? "" : segmentKey;
        FcrCounts counts = FcrCounts.of(strategy, definition, period, segment);
        if (counts.resolved() == 0 && counts.ignored() == 0) {
            return Optional.empty();
        }
        Map<String, Double> details = new LinkedHashMap<>();
        details.put("firstContact", (double) counts.first());
        details.put("laterContact", (double) (counts.resolved() - counts.first()));
        details.put("resolved", (double) counts.resolved());
        List<String> warnings = new ArrayList<>();
        if (counts.ignored() > 0) {
            warnings.add(counts.ignored() + " tickets of FCR in " + period + (segment.isEmpty() ? "" : " " + segment)
                    + " are stored with a value other than 0 or 1 and were not counted; re-import the ticket export");
        }
        return Optional.of(new KpiResult(definition.getCode(), definition.getName(), definition.getVersion(), period,
                segment, counts.percent(), definition.getUnit(), counts.resolved(), details, warnings));
    }
}
