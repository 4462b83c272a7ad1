package org.cxworkbench.journeys.internal.rules;

import java.util.List;

import org.cxworkbench.api.rules.Finding;
import org.cxworkbench.api.rules.StepRule;
import org.cxworkbench.api.rules.StepRuleService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.Strategy;
import org.osgi.service.component.annotations.Component;

/** Each persona's challenges differ per stage, so each persona should have its own journey. */
@Component(service = StepRule.class)
@StepRuleService(step = 5, id = PersonaJourneyRule.ID)
public final class PersonaJourneyRule implements StepRule {

    static final String ID = "journeys.persona-journey";

    @Override
    public List<Finding> check(Strategy strategy) {
        return strategy.getPersonas().stream()
                .filter(p -> strategy.getJourneys().stream().noneMatch(j -> j.getPersona() == p))
                .map(p -> Finding.warning(WorkflowStep.PERSONAS_AND_JOURNEYS, ID, p.getId(),
                        "persona '" + p.getName() + "' has no customer journey",
                        "cxw journey add FILE --name NAME --persona " + p.getId()))
                .toList();
    }
}
