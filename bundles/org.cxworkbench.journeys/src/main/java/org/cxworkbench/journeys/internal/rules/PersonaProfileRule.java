package org.cxworkbench.journeys.internal.rules;

import java.util.ArrayList;
import java.util.List;

import org.cxworkbench.api.rules.Finding;
import org.cxworkbench.api.rules.StepRule;
import org.cxworkbench.api.rules.StepRuleService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.Persona;
import org.cxworkbench.model.Strategy;
import org.osgi.service.component.annotations.Component;

/** A persona is useful when it says what the audience needs, wants to achieve and does: warns per gap. */
@Component(service = StepRule.class)
@StepRuleService(step = 5, id = PersonaProfileRule.ID)
public final class PersonaProfileRule implements StepRule {

    static final String ID = "journeys.persona-profile";

    @Override
    public List<Finding> check(Strategy strategy) {
        List<Finding> findings = new ArrayList<>();
        for (Persona persona : strategy.getPersonas()) {
            List<String> missing = new ArrayList<>();
            List<String> options = new ArrayList<>();
            if (persona.getNeeds().isEmpty()) {
                missing.add("needs");
                options.add("--needs TEXT");
            }
            if (persona.getPersonaGoals().isEmpty()) {
                missing.add("goals");
                options.add("--persona-goals TEXT");
            }
            if (persona.getBehaviours().isEmpty()) {
                missing.add("behaviours");
                options.add("--behaviours TEXT");
            }
            if (!missing.isEmpty()) {
                findings.add(Finding.warning(WorkflowStep.PERSONAS_AND_JOURNEYS, ID, persona.getId(),
                        "persona '" + persona.getName() + "' has no " + String.join(", no ", missing),
                        "cxw persona update FILE " + persona.getId() + " " + String.join(" ", options)));
            }
        }
        return findings;
    }
}
