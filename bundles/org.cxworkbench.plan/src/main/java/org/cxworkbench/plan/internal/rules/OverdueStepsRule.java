package org.cxworkbench.plan.internal.rules;

import java.time.Clock;
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

/** Warns about steps whose due date has passed (as of today's date) while they are not done or cancelled. */
@Component(service = StepRule.class)
@StepRuleService(step = 6, id = OverdueStepsRule.ID)
public final class OverdueStepsRule implements StepRule {

    static final String ID = "plan.overdue";

    private final ImplementationPlan plan;
    private final Clock clock;

    @Activate
    public OverdueStepsRule(@Reference ImplementationPlan plan) {
        this(plan, Clock.systemDefaultZone());
    }

    OverdueStepsRule(ImplementationPlan plan, Clock clock) {
        this.plan = plan;
        this.clock = clock;
    }

    @Override
    public List<Finding> check(Strategy strategy) {
        LocalDate today = LocalDate.now(clock);
        return plan.timeline(strategy, today).steps().filter(StepPlan::overdue)
                .map(step -> Finding.warning(WorkflowStep.PLAN, ID, step.id(),
                        "Step " + step.number() + " '" + step.name() + "' of tactic " + step.tacticId()
                                + " was due " + step.dueDate() + " and is " + step.status().getLiteral()
                                .toLowerCase().replace('_', ' ') + " (today is " + today + ")",
                        "cxw step update FILE " + step.id() + " --status DONE --done-date yyyy-MM-dd"
                                + " (or move it: --due-date yyyy-MM-dd)"))
                .toList();
    }
}
