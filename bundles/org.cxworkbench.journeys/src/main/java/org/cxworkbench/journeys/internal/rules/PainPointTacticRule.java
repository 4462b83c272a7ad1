package org.cxworkbench.journeys.internal.rules;

import java.util.ArrayList;
import java.util.List;

import org.cxworkbench.api.rules.Finding;
import org.cxworkbench.api.rules.StepRule;
import org.cxworkbench.api.rules.StepRuleService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.journeys.internal.links.PainPointTactics;
import org.cxworkbench.model.Journey;
import org.cxworkbench.model.JourneyStage;
import org.cxworkbench.model.PainPoint;
import org.cxworkbench.model.Strategy;
import org.osgi.service.component.annotations.Component;

/** Knowing the source of friction allows a targeted solution: warns about pain points no tactic addresses. */
@Component(service = StepRule.class)
@StepRuleService(step = 5, id = PainPointTacticRule.ID)
public final class PainPointTacticRule implements StepRule {

    static final String ID = "journeys.pain-point-tactic";

    @Override
    public List<Finding> check(Strategy strategy) {
        List<Finding> findings = new ArrayList<>();
        for (Journey journey : strategy.getJourneys()) {
            for (JourneyStage stage : journey.getStages()) {
                for (PainPoint pain : stage.getPainPoints()) {
                    if (PainPointTactics.of(strategy, pain).isEmpty()) {
                        findings.add(Finding.warning(WorkflowStep.PERSONAS_AND_JOURNEYS, ID, pain.getId(),
                                "pain point '" + pain.getText() + "' (stage '" + stage.getName() + "' of journey '"
                                        + journey.getName() + "') is not addressed by any tactic",
                                "link a tactic to it: cxw tactic update FILE TACTIC_ID --pain-points " + pain.getId()));
                    }
                }
            }
        }
        return findings;
    }
}
