package org.cxworkbench.goals.internal;

import java.util.List;

import org.cxworkbench.api.entity.EntityKind;
import org.cxworkbench.api.entity.EntityKindService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.CxStrategyPackage.Literals;
import org.cxworkbench.model.Owner;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.osgi.service.component.annotations.Component;

/** {@code cxw owner add|list|show|update|remove}: the people, teams or roles that own goals, touchpoints, tactics. */
@Component(service = EntityKind.class)
@EntityKindService(noun = "owner")
public final class OwnerKind implements EntityKind {

    @Override
    public String noun() {
        return "owner";
    }

    @Override
    public EClass eClass() {
        return Literals.OWNER;
    }

    @Override
    public WorkflowStep step() {
        return WorkflowStep.GOALS;
    }

    @Override
    public EReference defaultContainer() {
        return Literals.STRATEGY__OWNERS;
    }

    @Override
    public List<EStructuralFeature> listColumns() {
        return List.of(Literals.NAMED__NAME, Literals.OWNER__ROLE, Literals.OWNER__TEAM, Literals.OWNER__EMAIL);
    }

    @Override
    public void afterChange(EObject element) {
        Owner owner = (Owner) element;
        if (owner.getName() == null || owner.getName().isBlank()) {
            throw new IllegalArgumentException("an owner needs a name: --name \"Customer care team\"");
        }
        if (owner.getEmail() != null && !owner.getEmail().isBlank() && !owner.getEmail().contains("@")) {
            throw new IllegalArgumentException("--email " + owner.getEmail() + " is not an e-mail address");
        }
    }
}
