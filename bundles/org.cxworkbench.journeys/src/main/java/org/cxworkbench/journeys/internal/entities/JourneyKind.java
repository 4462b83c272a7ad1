package org.cxworkbench.journeys.internal.entities;

import java.util.List;
import java.util.Set;

import org.cxworkbench.api.entity.EntityKind;
import org.cxworkbench.api.entity.EntityKindService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.CxStrategyPackage.Literals;
import org.cxworkbench.model.Journey;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.osgi.service.component.annotations.Component;

/**
 * {@code cxw journey ...}: a customer journey map of one persona. Fill its stages with
 * {@code cxw journey-template} or {@code cxw stage add --journey ID}. The template a journey was created
 * from is recorded by {@code cxw journey-template} and is not set by hand.
 */
@Component(service = EntityKind.class)
@EntityKindService(noun = "journey")
public final class JourneyKind implements EntityKind {

    @Override
    public String noun() {
        return "journey";
    }

    @Override
    public EClass eClass() {
        return Literals.JOURNEY;
    }

    @Override
    public WorkflowStep step() {
        return WorkflowStep.PERSONAS_AND_JOURNEYS;
    }

    @Override
    public EReference defaultContainer() {
        return Literals.STRATEGY__JOURNEYS;
    }

    @Override
    public List<EStructuralFeature> listColumns() {
        return List.of(Literals.NAMED__NAME, Literals.JOURNEY__PERSONA, Literals.JOURNEY__TEMPLATE);
    }

    @Override
    public Set<EStructuralFeature> readOnly() {
        return Set.of(Literals.JOURNEY__TEMPLATE);
    }

    @Override
    public void afterChange(EObject element) {
        Journey journey = (Journey) element;
        if (ElementLabel.blank(journey.getName())) {
            throw new IllegalArgumentException(ElementLabel.of("journey", journey) + " needs a name (--name)");
        }
        journey.setName(journey.getName().strip());
    }
}
