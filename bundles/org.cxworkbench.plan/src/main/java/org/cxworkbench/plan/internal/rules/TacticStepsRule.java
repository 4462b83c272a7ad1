package org.cxworkbench.plan.internal.rules;

import java.util.ArrayList;
import java.util.List;

import org.cxworkbench.api.rules.Finding;
import org.cxworkbench.api.rules.StepRule;
import org.cxworkbench.api.rules.StepRuleService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.Tactic;
import org.cxworkbench.model.WorkStatus;
import org.osgi.service.component.annotations.Component;

/** Every tactic that is not cancelled needs its implementation steps mapped out. */
@Component(service = StepRule.class)
@StepRuleService(step = 6, id = TacticStepsRule.ID)
public final class TacticStepsRule implements StepRule {

    static final String ID = "plan.tactic-steps";

    @Override
    public List<Finding> check(Strategy strategy) {
        List<Finding> findings = new ArrayList<>();
        for (Tactic tactic : strategy.getTactics()) {
            if (tactic.getSteps().isEmpty() && tactic.getStatus() != WorkStatus.CANCELLED) {
                findings.add(Finding.error(WorkflowStep.PLAN, ID, tactic.getId(),
                        "Tactic " + tactic.getId() + " '" + tactic.getName() + "' has no implementation steps",
                        "cxw step add FILE --tactic " + tactic.getId() + " --name \"...\" --due-date yyyy-MM-dd"
                                + " (or cxw tactic-template FILE " + tactic.getId() + " --template chatbot)"));
            }
        }
        return findings;
    }
}
