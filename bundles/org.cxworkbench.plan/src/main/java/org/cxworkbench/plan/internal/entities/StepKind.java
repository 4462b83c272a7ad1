package org.cxworkbench.plan.internal.entities;

import java.util.List;
import java.util.Map;

import org.cxworkbench.api.entity.EntityKind;
import org.cxworkbench.api.entity.EntityKindService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.CxStrategyPackage.Literals;
import org.cxworkbench.model.TacticStep;
import org.cxworkbench.model.WorkStatus;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.osgi.service.component.annotations.Component;

/**
 * {@code cxw step add|list|show|update|remove}: the ordered implementation steps of a tactic; new steps go
 * to the end of the tactic named by {@code --tactic}, e.g.
 * {@code cxw step add acme.cxs --tactic tactic-1 --name "Run some tests" --owner owner-2 --due-date 2026-08-14}.
 */
@Component(service = EntityKind.class)
@EntityKindService(noun = "step")
public final class StepKind implements EntityKind {

    /** The parent option naming the tactic. */
    public static final String TACTIC_OPTION = "--tactic";

    @Override
    public String noun() {
        return "step";
    }

    @Override
    public EClass eClass() {
        return Literals.TACTIC_STEP;
    }

    @Override
    public WorkflowStep step() {
        return WorkflowStep.PLAN;
    }

    @Override
    public EReference defaultContainer() {
        return null;
    }

    @Override
    public Map<String, EReference> parentOptions() {
        return Map.of(TACTIC_OPTION, Literals.TACTIC__STEPS);
    }

    @Override
    public List<EStructuralFeature> listColumns() {
        return List.of(Literals.NAMED__NAME, Literals.TACTIC_STEP__OWNER, Literals.TACTIC_STEP__START_DATE,
                Literals.TACTIC_STEP__DUE_DATE, Literals.TACTIC_STEP__DONE_DATE, Literals.TACTIC_STEP__STATUS);
    }

    /** Checks the dates; a step given a done date while still planned or in progress becomes done. */
    @Override
    public void afterChange(EObject element) {
        TacticStep step = (TacticStep) element;
        DateFields.requireIsoDate(step, "start date", step.getStartDate());
        DateFields.requireIsoDate(step, "due date", step.getDueDate());
        DateFields.requireIsoDate(step, "done date", step.getDoneDate());
        boolean hasDoneDate = step.getDoneDate() != null && !step.getDoneDate().isBlank();
        if (hasDoneDate && (step.getStatus() == WorkStatus.PLANNED || step.getStatus() == WorkStatus.IN_PROGRESS)) {
            step.setStatus(WorkStatus.DONE);
        }
    }
}
