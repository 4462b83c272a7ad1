package org.cxworkbench.goals.internal;

import java.util.List;

import org.cxworkbench.api.rules.Finding;
import org.cxworkbench.api.rules.StepRule;
import org.cxworkbench.api.rules.StepRuleService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.Strategy;
import org.osgi.service.component.annotations.Component;

/** Step 1 needs at least one goal. */
@Component(service = StepRule.class)
@StepRuleService(step = 1, id = GoalsPresentRule.ID)
public final class GoalsPresentRule implements StepRule {

    static final String ID = "goals.present";

    @Override
    public List<Finding> check(Strategy strategy) {
        if (!strategy.getGoals().isEmpty()) {
            return List.of();
        }
        return List.of(Finding.error(WorkflowStep.GOALS, ID, null, "no goal is defined yet",
                "cxw goal add FILE --name \"Raise NPS\" --statement \"Raise NPS by one full point this quarter\" "
                        + "--kpi NPS --baseline 41 --target-change 1 --period 2026-Q3"));
    }
}
