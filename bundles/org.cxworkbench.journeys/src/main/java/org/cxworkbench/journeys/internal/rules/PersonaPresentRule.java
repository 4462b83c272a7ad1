package org.cxworkbench.journeys.internal.rules;

import java.util.List;

import org.cxworkbench.api.rules.Finding;
import org.cxworkbench.api.rules.StepRule;
import org.cxworkbench.api.rules.StepRuleService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.Strategy;
import org.osgi.service.component.annotations.Component;

/** Step 5 starts with who we serve: at least one persona. */
@Component(service = StepRule.class)
@StepRuleService(step = 5, id = PersonaPresentRule.ID)
public final class PersonaPresentRule implements StepRule {

    static final String ID = "journeys.persona-present";

    @Override
    public List<Finding> check(Strategy strategy) {
        if (!strategy.getPersonas().isEmpty()) {
            return List.of();
        }
        return List.of(Finding.error(WorkflowStep.PERSONAS_AND_JOURNEYS, ID, null,
                "no audience persona: who the strategy serves is not described",
                "cxw persona add FILE --name \"Busy, time-starved parents\" --needs TEXT --behaviours TEXT"));
    }
}
