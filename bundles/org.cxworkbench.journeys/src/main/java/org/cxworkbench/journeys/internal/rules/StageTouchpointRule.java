package org.cxworkbench.journeys.internal.rules;

import java.util.ArrayList;
import java.util.List;

import org.cxworkbench.api.rules.Finding;
import org.cxworkbench.api.rules.StepRule;
import org.cxworkbench.api.rules.StepRuleService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.Journey;
import org.cxworkbench.model.JourneyStage;
import org.cxworkbench.model.Strategy;
import org.osgi.service.component.annotations.Component;

/** Journeys show every touchpoint the customer has with us: a stage without touchpoints is an error. */
@Component(service = StepRule.class)
@StepRuleService(step = 5, id = StageTouchpointRule.ID)
public final class StageTouchpointRule implements StepRule {

    static final String ID = "journeys.stage-touchpoints";

    @Override
    public List<Finding> check(Strategy strategy) {
        List<Finding> findings = new ArrayList<>();
        for (Journey journey : strategy.getJourneys()) {
            for (JourneyStage stage : journey.getStages()) {
                if (stage.getTouchpoints().isEmpty()) {
                    findings.add(Finding.error(WorkflowStep.PERSONAS_AND_JOURNEYS, ID, stage.getId(),
                            "stage '" + stage.getName() + "' of journey '" + journey.getName() + "' has no touchpoint",
                            "cxw stage update FILE " + stage.getId() + " --touchpoints TOUCHPOINT_ID"));
                }
            }
        }
        return findings;
    }
}
