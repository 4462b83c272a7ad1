package org.cxworkbench.journeys.internal.rules;

import java.util.ArrayList;
import java.util.List;

import org.cxworkbench.api.rules.Finding;
import org.cxworkbench.api.rules.StepRule;
import org.cxworkbench.api.rules.StepRuleService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.Journey;
import org.cxworkbench.model.Strategy;
import org.osgi.service.component.annotations.Component;

/** A journey belongs to a persona and is made of stages; either missing is an error. */
@Component(service = StepRule.class)
@StepRuleService(step = 5, id = JourneyStructureRule.ID)
public final class JourneyStructureRule implements StepRule {

    static final String ID = "journeys.journey-structure";

    @Override
    public List<Finding> check(Strategy strategy) {
        List<Finding> findings = new ArrayList<>();
        for (Journey journey : strategy.getJourneys()) {
            if (journey.getPersona() == null) {
                findings.add(Finding.error(WorkflowStep.PERSONAS_AND_JOURNEYS, ID, journey.getId(),
                        "journey '" + journey.getName() + "' has no persona: whose journey it is is unknown",
                        "cxw journey update FILE " + journey.getId() + " --persona PERSONA_ID"));
            }
            if (journey.getStages().isEmpty()) {
                findings.add(Finding.error(WorkflowStep.PERSONAS_AND_JOURNEYS, ID, journey.getId(),
                        "journey '" + journey.getName() + "' has no stages",
                        "cxw journey-template FILE " + journey.getId() + " --template purchase|five-e"));
            }
        }
        return findings;
    }
}
