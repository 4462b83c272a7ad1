package org.cxworkbench.journeys.internal.rules;

import java.util.List;

import org.cxworkbench.api.rules.Finding;
import org.cxworkbench.api.rules.StepRule;
import org.cxworkbench.api.rules.StepRuleService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.Strategy;
import org.osgi.service.component.annotations.Component;

/** Step 5 maps what customers experience: at least one customer journey. */
@Component(service = StepRule.class)
@StepRuleService(step = 5, id = JourneyPresentRule.ID)
public final class JourneyPresentRule implements StepRule {

    static final String ID = "journeys.journey-present";

    @Override
    public List<Finding> check(Strategy strategy) {
        if (!strategy.getJourneys().isEmpty()) {
            return List.of();
        }
        return List.of(Finding.error(WorkflowStep.PERSONAS_AND_JOURNEYS, ID, null,
                "no customer journey mapped",
                "cxw journey add FILE --name NAME --persona ID, then cxw journey-template FILE JOURNEY_ID --template purchase"));
    }
}
