package org.cxworkbench.plan.internal.rules;

import java.time.LocalDate;
import java.util.List;

import org.cxworkbench.api.rules.Finding;
import org.cxworkbench.api.rules.StepRule;
import org.cxworkbench.api.rules.StepRuleService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.plan.api.ImplementationPlan;
import org.cxworkbench.plan.api.StepPlan;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Every step needs someone responsible: its own owner or its tactic's. */
@Component(service = StepRule.class)
@StepRuleService(step = 6, id = StepOwnerRule.ID)
public final class StepOwnerRule implements StepRule {

    static final String ID = "plan.step-owner";

    private final ImplementationPlan plan;

    @Activate
    public StepOwnerRule(@Reference ImplementationPlan plan) {
        this.plan = plan;
    }

    @Override
    public List<Finding> check(Strategy strategy) {
        // ownership does not depend on the day; overdue flags are not used here
        return plan.timeline(strategy, LocalDate.MIN).steps().filter(StepPlan::unowned)
                .map(step -> Finding.error(WorkflowStep.PLAN, ID, step.id(),
                        "Step " + step.number() + " '" + step.name() + "' of tactic " + step.tacticId()
                                + " has no owner (neither the step nor its tactic has one)",
                        "cxw step update FILE " + step.id() + " --owner OWNER_ID"
                                + " (or cxw tactic update FILE " + step.tacticId() + " --owner OWNER_ID)"))
                .toList();
    }
}
