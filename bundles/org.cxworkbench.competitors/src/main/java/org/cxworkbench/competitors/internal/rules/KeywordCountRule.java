package org.cxworkbench.competitors.internal.rules;

import java.util.List;

import org.cxworkbench.api.rules.Finding;
import org.cxworkbench.api.rules.StepRule;
import org.cxworkbench.api.rules.StepRuleService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.Strategy;
import org.osgi.service.component.annotations.Component;

/** Step 3 tracks the top five to ten competitive keywords: none is an error, fewer than five a warning. */
@Component(service = StepRule.class)
@StepRuleService(step = 3, id = KeywordCountRule.ID)
public final class KeywordCountRule implements StepRule {

    static final String ID = "competitors.keyword-count";

    /** The source article's lower bound: the top five (to ten) keywords. */
    static final int RECOMMENDED_MINIMUM = 5;

    @Override
    public List<Finding> check(Strategy strategy) {
        int count = strategy.getKeywords().size();
        if (count == 0) {
            return List.of(Finding.error(WorkflowStep.COMPETITORS, ID, null,
                    "no competitive keyword recorded",
                    "find your competitive keywords (e.g. with a keyword planner on your website) and add the top "
                            + "5-10: cxw keyword add FILE --term TEXT --relevance-rank 1"));
        }
        if (count < RECOMMENDED_MINIMUM) {
            return List.of(Finding.warning(WorkflowStep.COMPETITORS, ID, null,
                    "only " + count + " competitive keyword" + (count == 1 ? "" : "s")
                            + " recorded; track your top 5-10",
                    "add " + (RECOMMENDED_MINIMUM - count) + " more: cxw keyword add FILE --term TEXT"));
        }
        return List.of();
    }
}
