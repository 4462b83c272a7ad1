package org.cxworkbench.plan.internal.entities;

import java.util.List;
import java.util.Set;

import org.cxworkbench.api.entity.EntityKind;
import org.cxworkbench.api.entity.EntityKindService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.CxStrategyPackage.Literals;
import org.cxworkbench.model.Tactic;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.osgi.service.component.annotations.Component;

/**
 * {@code cxw tactic add|list|show|update|remove}: tactics that work toward goals through opportunities, e.g.
 * {@code cxw tactic add acme.cxs --name "Chatbot on the website" --goals goal-1 --opportunities opportunity-2}.
 */
@Component(service = EntityKind.class)
@EntityKindService(noun = "tactic")
public final class TacticKind implements EntityKind {

    @Override
    public String noun() {
        return "tactic";
    }

    @Override
    public EClass eClass() {
        return Literals.TACTIC;
    }

    @Override
    public WorkflowStep step() {
        return WorkflowStep.PLAN;
    }

    @Override
    public EReference defaultContainer() {
        return Literals.STRATEGY__TACTICS;
    }

    @Override
    public List<EStructuralFeature> listColumns() {
        return List.of(Literals.NAMED__NAME, Literals.TACTIC__GOALS, Literals.TACTIC__OWNER,
                Literals.TACTIC__START_DATE, Literals.TACTIC__DUE_DATE, Literals.TACTIC__STATUS);
    }

    @Override
    public Set<EStructuralFeature> readOnly() {
        return Set.of(Literals.TACTIC__STEPS);
    }

    @Override
    public void afterChange(EObject element) {
        Tactic tactic = (Tactic) element;
        DateFields.requireIsoDate(tactic, "start date", tactic.getStartDate());
        DateFields.requireIsoDate(tactic, "due date", tactic.getDueDate());
        if (tactic.isSetBudget() && tactic.getBudget() < 0) {
            throw new IllegalArgumentException(tactic.getId() + ": budget " + tactic.getBudget() + " is negative");
        }
    }
}
