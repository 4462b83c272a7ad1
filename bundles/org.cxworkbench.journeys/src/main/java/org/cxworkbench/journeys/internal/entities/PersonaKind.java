package org.cxworkbench.journeys.internal.entities;

import java.util.List;

import org.cxworkbench.api.entity.EntityKind;
import org.cxworkbench.api.entity.EntityKindService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.CxStrategyPackage.Literals;
import org.cxworkbench.model.Persona;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.osgi.service.component.annotations.Component;

/**
 * {@code cxw persona ...}: who we serve, e.g. "busy, time-starved parents who don't want to spend too much
 * time on weeknight meals", with needs, fears, desires, goals, behaviours and preferred channels.
 */
@Component(service = EntityKind.class)
@EntityKindService(noun = "persona")
public final class PersonaKind implements EntityKind {

    @Override
    public String noun() {
        return "persona";
    }

    @Override
    public EClass eClass() {
        return Literals.PERSONA;
    }

    @Override
    public WorkflowStep step() {
        return WorkflowStep.PERSONAS_AND_JOURNEYS;
    }

    @Override
    public EReference defaultContainer() {
        return Literals.STRATEGY__PERSONAS;
    }

    @Override
    public List<EStructuralFeature> listColumns() {
        return List.of(Literals.NAMED__NAME, Literals.PERSONA__SEGMENT, Literals.PERSONA__PREFERRED_CHANNELS);
    }

    @Override
    public void afterChange(EObject element) {
        Persona persona = (Persona) element;
        if (ElementLabel.blank(persona.getName())) {
            throw new IllegalArgumentException(ElementLabel.of("persona", persona) + " needs a name (--name)");
        }
        persona.setName(persona.getName().strip());
    }
}
