package org.cxworkbench.plan.internal.rules;

import java.util.List;

import org.cxworkbench.api.rules.Finding;
import org.cxworkbench.api.rules.StepRule;
import org.cxworkbench.api.rules.StepRuleService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.Strategy;
import org.osgi.service.component.annotations.Component;

/** Step 6 needs at least one tactic. */
@Component(service = StepRule.class)
@StepRuleService(step = 6, id = TacticsExistRule.ID)
public final class TacticsExistRule implements StepRule {

    static final String ID = "plan.tactics";

    @Override
    public List<Finding> check(Strategy strategy) {
        if (!strategy.getTactics().isEmpty()) {
            return List.of();
        }
        String goal = strategy.getGoals().isEmpty() ? "GOAL_ID" : strategy.getGoals().get(0).getId();
        return List.of(Finding.error(WorkflowStep.PLAN, ID, null,
                "No tactics yet: the plan does not say how the goals will be reached",
                "cxw tactic add FILE --name \"Chatbot on the website\" --goals " + goal));
    }
}
