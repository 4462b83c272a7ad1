package org.cxworkbench.optimise.internal.rules;

import java.util.List;

import org.cxworkbench.api.rules.Finding;
import org.cxworkbench.api.rules.StepRule;
import org.cxworkbench.api.rules.StepRuleService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.Strategy;
import org.osgi.service.component.annotations.Component;

/** The current period needs an optimisation review: what was learnt and what was decided. */
@Component(service = StepRule.class)
@StepRuleService(step = 9, id = ReviewForPeriodRule.ID)
public final class ReviewForPeriodRule implements StepRule {

    static final String ID = "optimise.review";

    @Override
    public List<Finding> check(Strategy strategy) {
        String period = strategy.getCurrentPeriod();
        if (period == null || period.isBlank()) {
            return List.of(Finding.error(WorkflowStep.OPTIMISE, ID, strategy.getId(),
                    "The strategy has no current period, so no optimisation review can be matched to it",
                    "set the strategy's current period (e.g. 2026-Q3), then cxw review add FILE --period 2026-Q3 ..."));
        }
        boolean reviewed = strategy.getReviews().stream().anyMatch(r -> period.equals(r.getPeriod()));
        if (reviewed) {
            return List.of();
        }
        return List.of(Finding.error(WorkflowStep.OPTIMISE, ID, strategy.getId(),
                "No optimisation review for " + period + ": ask customers and the service team what works and what "
                        + "does not, check the alerts and decide what to change",
                "cxw review add FILE --period " + period + " --date yyyy-MM-dd --inputs \"...\" --findings \"...\""
                        + " --decisions \"...\" --participants \"...\""));
    }
}
