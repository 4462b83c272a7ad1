package org.cxworkbench.journeys.internal.entities;

import java.util.List;
import java.util.Map;

import org.cxworkbench.api.entity.EntityKind;
import org.cxworkbench.api.entity.EntityKindService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.CxStrategyPackage.Literals;
import org.cxworkbench.model.PainPoint;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.osgi.service.component.annotations.Component;

/** {@code cxw pain ... --stage ID}: friction that stops or annoys the customer in a journey stage. */
@Component(service = EntityKind.class)
@EntityKindService(noun = "pain")
public final class PainPointKind implements EntityKind {

    @Override
    public String noun() {
        return "pain";
    }

    @Override
    public EClass eClass() {
        return Literals.PAIN_POINT;
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
        return Map.of("--stage", Literals.JOURNEY_STAGE__PAIN_POINTS);
    }

    @Override
    public List<EStructuralFeature> listColumns() {
        return List.of(Literals.PAIN_POINT__TEXT, Literals.PAIN_POINT__SEVERITY, Literals.PAIN_POINT__TOUCHPOINT);
    }

    @Override
    public void afterChange(EObject element) {
        PainPoint pain = (PainPoint) element;
        String name = ElementLabel.of("pain point", pain);
        if (ElementLabel.blank(pain.getText())) {
            throw new IllegalArgumentException(name + " needs a text saying what hurts (--text)");
        }
        if (pain.isSetSeverity() && (pain.getSeverity() < 1 || pain.getSeverity() > 5)) {
            throw new IllegalArgumentException(name + ": severity " + pain.getSeverity() + " is outside 1 (minor) .. 5 (critical)");
        }
        if (pain.isSetFrequency() && pain.getFrequency() < 0) {
            throw new IllegalArgumentException(name + ": frequency " + pain.getFrequency() + " must be 0 or more");
        }
    }
}
