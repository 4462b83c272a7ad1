package org.cxworkbench.competitors.internal.rules;

import java.util.List;

import org.cxworkbench.api.rules.Finding;
import org.cxworkbench.api.rules.StepRule;
import org.cxworkbench.api.rules.StepRuleService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.Strategy;
import org.osgi.service.component.annotations.Component;

/** Step 3 needs at least one competitor: "to stand out, you first need to know who you're up against". */
@Component(service = StepRule.class)
@StepRuleService(step = 3, id = CompetitorsPresentRule.ID)
public final class CompetitorsPresentRule implements StepRule {

    static final String ID = "competitors.present";

    @Override
    public List<Finding> check(Strategy strategy) {
        if (!strategy.getCompetitors().isEmpty()) {
            return List.of();
        }
        return List.of(Finding.error(WorkflowStep.COMPETITORS, ID, null,
                "no competitor identified yet",
                "type your top keywords into a search engine, see who comes up first and add them: "
                        + "cxw competitor add FILE --name NAME --direct true"));
    }
}
