package org.cxworkbench.measure.internal.rules;

import java.util.ArrayList;
import java.util.List;

import org.cxworkbench.api.kpi.KpiResult;
import org.cxworkbench.api.kpi.KpiService;
import org.cxworkbench.api.rules.Finding;
import org.cxworkbench.api.rules.StepRule;
import org.cxworkbench.api.rules.StepRuleService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.measure.api.KpiDefinitions;
import org.cxworkbench.measure.internal.calc.Segments;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.Strategy;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Step 8: the KPIs of the current period, overall and per segment, rest on at least the minimum sample. */
@Component(service = StepRule.class)
@StepRuleService(step = 8, id = SampleSizeRule.ID)
public final class SampleSizeRule implements StepRule {

    static final String ID = "measure.sample-size";

    private final KpiService kpis;

    @Activate
    public SampleSizeRule(@Reference KpiService kpis) {
        this.kpis = kpis;
    }

    @Override
    public List<Finding> check(Strategy strategy) {
        String period = strategy.getCurrentPeriod();
        if (period == null || period.isBlank()) {
            return List.of();
        }
        List<KpiResult> results = new ArrayList<>(kpis.compute(strategy, period, null));
        for (String dimension : Segments.dimensions(strategy)) {
            kpis.compute(strategy, period, dimension).stream().filter(r -> !r.segmentKey().isEmpty())
                    .forEach(results::add);
        }
        List<Finding> findings = new ArrayList<>();
        for (KpiResult r : results) {
            KpiDefinition definition = KpiDefinitions.find(strategy, r.code()).orElse(null);
            if (definition == null || !r.hasValue() || r.n() >= definition.getMinimumSampleSize()) {
                continue;
            }
            findings.add(Finding.warning(WorkflowStep.MEASURE, ID, definition.getId(),
                    r.code() + " " + period + (r.segmentKey().isEmpty() ? "" : " " + r.segmentKey()) + " rests on "
                            + r.n() + " answers, below the minimum of " + definition.getMinimumSampleSize()
                            + ": read it with caution",
                    "collect more answers for " + period + " (send the survey to more customers) or lower the "
                            + "definition's minimum sample size"));
        }
        return findings;
    }
}
