package org.cxworkbench.measure.internal.rules;

import java.util.List;

import org.cxworkbench.api.rules.Finding;
import org.cxworkbench.api.rules.StepRule;
import org.cxworkbench.api.rules.StepRuleService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.Strategy;
import org.osgi.service.component.annotations.Component;

/** Step 8: customer counts of the current period are recorded, so churn and retention can be computed. */
@Component(service = StepRule.class)
@StepRuleService(step = 8, id = CustomerCountsRule.ID)
public final class CustomerCountsRule implements StepRule {

    static final String ID = "measure.customer-counts";

    @Override
    public List<Finding> check(Strategy strategy) {
        String period = strategy.getCurrentPeriod();
        if (period == null || period.isBlank()
                || strategy.getCustomerCounts().stream().anyMatch(c -> period.equals(c.getPeriod()))) {
            return List.of();
        }
        return List.of(Finding.warning(WorkflowStep.MEASURE, ID, null,
                "No customer counts for " + period + ": churn and retention cannot be computed",
                "cxw customers FILE --period " + period + " --start N --end N --new N --churned N"));
    }
}
