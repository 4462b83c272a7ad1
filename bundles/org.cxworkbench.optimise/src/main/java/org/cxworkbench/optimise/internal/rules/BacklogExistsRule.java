package org.cxworkbench.optimise.internal.rules;

import java.util.List;

import org.cxworkbench.api.rules.Finding;
import org.cxworkbench.api.rules.StepRule;
import org.cxworkbench.api.rules.StepRuleService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.Strategy;
import org.osgi.service.component.annotations.Component;

/** Optimising means keeping a backlog of what to improve next. */
@Component(service = StepRule.class)
@StepRuleService(step = 9, id = BacklogExistsRule.ID)
public final class BacklogExistsRule implements StepRule {

    static final String ID = "optimise.backlog";

    @Override
    public List<Finding> check(Strategy strategy) {
        if (!strategy.getBacklog().isEmpty()) {
            return List.of();
        }
        String period = strategy.getCurrentPeriod() == null ? "PERIOD" : strategy.getCurrentPeriod();
        return List.of(Finding.error(WorkflowStep.OPTIMISE, ID, strategy.getId(),
                "The improvement backlog is empty: nothing is lined up to improve next",
                "cxw optimise FILE --period " + period + " --accept (or cxw backlog add FILE --name \"...\")"));
    }
}
