package org.cxworkbench.plan.internal.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.cxworkbench.api.rules.Finding;
import org.cxworkbench.api.rules.StepRule;
import org.cxworkbench.api.rules.StepRuleService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.Opportunity;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.Tactic;
import org.osgi.service.component.annotations.Component;

/** Warns about opportunities from the audit and the research that no tactic picks up. */
@Component(service = StepRule.class)
@StepRuleService(step = 6, id = OpportunityCoverageRule.ID)
public final class OpportunityCoverageRule implements StepRule {

    static final String ID = "plan.opportunity-coverage";

    @Override
    public List<Finding> check(Strategy strategy) {
        Set<Opportunity> picked = new HashSet<>();
        for (Tactic tactic : strategy.getTactics()) {
            picked.addAll(tactic.getOpportunities());
        }
        return strategy.getOpportunities().stream().filter(o -> !picked.contains(o))
                .map(o -> Finding.warning(WorkflowStep.PLAN, ID, o.getId(),
                        "Opportunity " + o.getId() + " '" + o.getName() + "' is not picked up by any tactic",
                        "cxw tactic update FILE TACTIC_ID --opportunities " + o.getId()
                                + " (or cxw tactic add FILE --name \"...\" --opportunities " + o.getId() + ")"))
                .toList();
    }
}
