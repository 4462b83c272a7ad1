package org.cxworkbench.journeys.internal.entities;

import java.util.List;
import java.util.Map;

import org.cxworkbench.api.entity.EntityKind;
import org.cxworkbench.api.entity.EntityKindService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.journeys.internal.map.EmotionScale;
import org.cxworkbench.model.CxStrategyPackage.Literals;
import org.cxworkbench.model.JourneyStage;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.osgi.service.component.annotations.Component;

/**
 * {@code cxw stage ... --journey ID}: one stage of a journey with the persona's actions and goals, the
 * touchpoints used, and the emotion on a -2 (very negative) to +2 (very positive) scale.
 */
@Component(service = EntityKind.class)
@EntityKindService(noun = "stage")
public final class JourneyStageKind implements EntityKind {

    @Override
    public String noun() {
        return "stage";
    }

    @Override
    public EClass eClass() {
        return Literals.JOURNEY_STAGE;
    }

    @Override
    public WorkflowStep step() {
        return WorkflowStep.PERSONAS_AND_JOURNEYS;
    }

    @Override
    public EReference defaultContainer() {
        return null;
    }

    @Override
    public Map<String, EReference> parentOptions() {
        return Map.of("--journey", Literals.JOURNEY__STAGES);
    }

    @Override
    public List<EStructuralFeature> listColumns() {
        return List.of(Literals.NAMED__NAME, Literals.JOURNEY_STAGE__TOUCHPOINTS, Literals.JOURNEY_STAGE__EMOTION_SCORE);
    }

    @Override
    public void afterChange(EObject element) {
        JourneyStage stage = (JourneyStage) element;
        String name = ElementLabel.of("stage", stage);
        if (ElementLabel.blank(stage.getName())) {
            throw new IllegalArgumentException(name + " needs a name (--name)");
        }
        stage.setName(stage.getName().strip());
        if (stage.isSetEmotionScore() && !EmotionScale.valid(stage.getEmotionScore())) {
            throw new IllegalArgumentException(name + " '" + stage.getName() + "': emotion score "
                    + stage.getEmotionScore() + " is outside " + EmotionScale.RANGE_TEXT);
        }
    }
}
