package org.cxworkbench.optimise.internal.rules;

import java.util.List;

import org.cxworkbench.api.rules.Finding;
import org.cxworkbench.api.rules.StepRule;
import org.cxworkbench.api.rules.StepRuleService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.Strategy;
import org.osgi.service.component.annotations.Component;

/** A review that decided nothing did not optimise anything. */
@Component(service = StepRule.class)
@StepRuleService(step = 9, id = ReviewDecisionsRule.ID)
public final class ReviewDecisionsRule implements StepRule {

    static final String ID = "optimise.review-decisions";

    @Override
    public List<Finding> check(Strategy strategy) {
        return strategy.getReviews().stream().filter(r -> r.getDecisions().isEmpty())
                .map(r -> Finding.warning(WorkflowStep.OPTIMISE, ID, r.getId(),
                        "The optimisation review " + r.getId() + " of " + r.getPeriod() + " records no decisions",
                        "cxw review update FILE " + r.getId() + " --decisions \"...\""))
                .toList();
    }
}
