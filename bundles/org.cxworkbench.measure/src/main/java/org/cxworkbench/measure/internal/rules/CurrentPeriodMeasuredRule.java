package org.cxworkbench.measure.internal.rules;

import java.util.List;

import org.cxworkbench.api.rules.Finding;
import org.cxworkbench.api.rules.StepRule;
import org.cxworkbench.api.rules.StepRuleService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.Strategy;
import org.osgi.service.component.annotations.Component;

/** Step 8: survey answers are measured for the current period. */
@Component(service = StepRule.class)
@StepRuleService(step = 8, id = CurrentPeriodMeasuredRule.ID)
public final class CurrentPeriodMeasuredRule implements StepRule {

    static final String ID = "measure.current-period";

    @Override
    public List<Finding> check(Strategy strategy) {
        String period = strategy.getCurrentPeriod();
        if (period == null || period.isBlank()) {
            return List.of(Finding.error(WorkflowStep.MEASURE, ID, null,
                    "The strategy has no current period, so it is not known which period to measure",
                    "set the strategy's current period, e.g. 2026-Q3, then cxw import-survey FILE EXPORT.csv"));
        }
        boolean measured = strategy.getMeasurements().stream().anyMatch(m -> period.equals(m.getPeriod()));
        if (measured) {
            return List.of();
        }
        return List.of(Finding.error(WorkflowStep.MEASURE, ID, null,
                "No survey answers are measured for the current period " + period,
                "cxw import-survey FILE EXPORT.csv (survey answers of " + period + ")"));
    }
}
