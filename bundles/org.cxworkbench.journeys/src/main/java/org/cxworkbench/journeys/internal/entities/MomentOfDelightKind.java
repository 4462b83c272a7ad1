package org.cxworkbench.journeys.internal.entities;

import java.util.List;
import java.util.Map;

import org.cxworkbench.api.entity.EntityKind;
import org.cxworkbench.api.entity.EntityKindService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.CxStrategyPackage.Literals;
import org.cxworkbench.model.MomentOfDelight;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.osgi.service.component.annotations.Component;

/**
 * {@code cxw delight ... --stage ID}: a moment that pleasantly surprises the customer, e.g. a kid-friendly
 * recipe pop-up before checkout, or a confirmation email written to make people smile.
 */
@Component(service = EntityKind.class)
@EntityKindService(noun = "delight")
public final class MomentOfDelightKind implements EntityKind {

    @Override
    public String noun() {
        return "delight";
    }

    @Override
    public EClass eClass() {
        return Literals.MOMENT_OF_DELIGHT;
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
        return Map.of("--stage", Literals.JOURNEY_STAGE__DELIGHTS);
    }

    @Override
    public List<EStructuralFeature> listColumns() {
        return List.of(Literals.MOMENT_OF_DELIGHT__TEXT, Literals.MOMENT_OF_DELIGHT__TOUCHPOINT,
                Literals.MOMENT_OF_DELIGHT__PERSONALISATION);
    }

    @Override
    public void afterChange(EObject element) {
        MomentOfDelight delight = (MomentOfDelight) element;
        if (ElementLabel.blank(delight.getText())) {
            throw new IllegalArgumentException(ElementLabel.of("moment of delight", delight)
                    + " needs a text describing the moment (--text)");
        }
    }
}
