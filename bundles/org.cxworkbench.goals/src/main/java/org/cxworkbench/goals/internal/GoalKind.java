package org.cxworkbench.goals.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cxworkbench.api.entity.EntityKind;
import org.cxworkbench.api.entity.EntityKindService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.CxStrategyPackage.Literals;
import org.cxworkbench.model.Goal;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.osgi.service.component.annotations.Component;

/**
 * {@code cxw goal add|list|show|update|remove}: goals, top-level in the strategy or, with {@code --parent ID}, as
 * sub-goals of a higher-level goal. SMART results, status, progress and the measured value are computed by
 * {@code cxw goal-check} and cannot be set by hand.
 */
@Component(service = EntityKind.class)
@EntityKindService(noun = "goal")
public final class GoalKind implements EntityKind {

    @Override
    public String noun() {
        return "goal";
    }

    @Override
    public EClass eClass() {
        return Literals.GOAL;
    }

    @Override
    public WorkflowStep step() {
        return WorkflowStep.GOALS;
    }

    @Override
    public EReference defaultContainer() {
        return Literals.STRATEGY__GOALS;
    }

    @Override
    public Map<String, EReference> parentOptions() {
        return Map.of("--parent", Literals.GOAL__CHILDREN);
    }

    @Override
    public List<EStructuralFeature> listColumns() {
        return List.of(Literals.NAMED__NAME, Literals.GOAL__KPI, Literals.GOAL__BASELINE, Literals.GOAL__TARGET_KIND,
                Literals.GOAL__TARGET_CHANGE, Literals.GOAL__PERIOD, Literals.GOAL__STATUS);
    }

    @Override
    public Set<EStructuralFeature> readOnly() {
        return Set.of(Literals.GOAL__SMART_CHECKS, Literals.GOAL__STATUS, Literals.GOAL__PROGRESS,
                Literals.GOAL__MEASURED_VALUE, Literals.GOAL__PARENT, Literals.GOAL__CHILDREN);
    }

    @Override
    public void afterChange(EObject element) {
        Goal goal = (Goal) element;
        checkPeriod("--period", goal.getPeriod());
        checkPeriod("--baseline-period", goal.getBaselinePeriod());
        if (goal.getDueDate() != null && !goal.getDueDate().isBlank() && Periods.date(goal.getDueDate()).isEmpty()) {
            throw new IllegalArgumentException("--due-date " + goal.getDueDate() + " is not a date like 2026-09-30");
        }
        if (goal.isSetBaseline() && !Double.isFinite(goal.getBaseline())) {
            throw new IllegalArgumentException("--baseline must be a number");
        }
        if (goal.isSetTargetChange() && !Double.isFinite(goal.getTargetChange())) {
            throw new IllegalArgumentException("--target-change must be a number");
        }
        for (Goal ancestor = goal.getParent(); ancestor != null; ancestor = ancestor.getParent()) {
            if (ancestor == goal) {
                throw new IllegalArgumentException("goal " + goal.getId() + " cannot be its own sub-goal");
            }
        }
    }

    private static void checkPeriod(String option, String value) {
        if (value != null && !value.isBlank() && !Periods.isPeriod(value)) {
            throw new IllegalArgumentException(option + " " + value + " is not a period like 2026-Q3 or 2026-09");
        }
    }
}
