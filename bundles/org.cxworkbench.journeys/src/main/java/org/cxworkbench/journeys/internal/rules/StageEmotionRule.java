package org.cxworkbench.journeys.internal.rules;

import java.util.ArrayList;
import java.util.List;

import org.cxworkbench.api.rules.Finding;
import org.cxworkbench.api.rules.StepRule;
import org.cxworkbench.api.rules.StepRuleService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.journeys.internal.map.EmotionScale;
import org.cxworkbench.model.Journey;
import org.cxworkbench.model.JourneyStage;
import org.cxworkbench.model.Strategy;
import org.osgi.service.component.annotations.Component;

/**
 * The emotion curve needs a score per stage: a missing score is a warning, a score off the -2..+2 scale an
 * error.
 */
@Component(service = StepRule.class)
@StepRuleService(step = 5, id = StageEmotionRule.ID)
public final class StageEmotionRule implements StepRule {

    static final String ID = "journeys.stage-emotion";

    @Override
    public List<Finding> check(Strategy strategy) {
        List<Finding> findings = new ArrayList<>();
        for (Journey journey : strategy.getJourneys()) {
            for (JourneyStage stage : journey.getStages()) {
                String where = "stage '" + stage.getName() + "' of journey '" + journey.getName() + "'";
                if (!stage.isSetEmotionScore()) {
                    findings.add(Finding.warning(WorkflowStep.PERSONAS_AND_JOURNEYS, ID, stage.getId(),
                            where + " has no emotion score",
                            "cxw stage update FILE " + stage.getId() + " --emotion-score N (" + EmotionScale.RANGE_TEXT + ")"));
                } else if (!EmotionScale.valid(stage.getEmotionScore())) {
                    findings.add(Finding.error(WorkflowStep.PERSONAS_AND_JOURNEYS, ID, stage.getId(),
                            where + " has emotion score " + stage.getEmotionScore() + ", outside " + EmotionScale.RANGE_TEXT,
                            "cxw stage update FILE " + stage.getId() + " --emotion-score N"));
                }
            }
        }
        return findings;
    }
}
