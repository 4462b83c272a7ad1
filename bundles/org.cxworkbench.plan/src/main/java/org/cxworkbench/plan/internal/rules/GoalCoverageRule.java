package org.cxworkbench.plan.internal.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.cxworkbench.api.rules.Finding;
import org.cxworkbench.api.rules.StepRule;
import org.cxworkbench.api.rules.StepRuleService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.Goal;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.Tactic;
import org.osgi.service.component.annotations.Component;

/**
 * Every goal must be addressed by a tactic. A goal is addressed when a tactic names it, or, for a goal with
 * sub-goals, through its sub-goals; so every leaf goal needs a tactic of its own. A tactic on a parent goal
 * alone does not say which sub-goal it serves, so the finding points at it.
 */
@Component(service = StepRule.class)
@StepRuleService(step = 6, id = GoalCoverageRule.ID)
public final class GoalCoverageRule implements StepRule {

    static final String ID = "plan.goal-coverage";

    @Override
    public List<Finding> check(Strategy strategy) {
        Set<Goal> targeted = new HashSet<>();
        for (Tactic tactic : strategy.getTactics()) {
            targeted.addAll(tactic.getGoals());
        }
        List<Finding> findings = new ArrayList<>();
        for (Goal goal : strategy.getGoals()) {
            collect(goal, targeted, strategy, findings);
        }
        return findings;
    }

    private static void collect(Goal goal, Set<Goal> targeted, Strategy strategy, List<Finding> findings) {
        if (!goal.getChildren().isEmpty()) {
            for (Goal child : goal.getChildren()) {
                collect(child, targeted, strategy, findings);
            }
            return;
        }
        if (targeted.contains(goal)) {
            return;
        }
        StringBuilder message = new StringBuilder("Goal ").append(goal.getId()).append(" '")
                .append(label(goal)).append("' has no tactic working toward it");
        Goal ancestor = firstTargetedAncestor(goal, targeted);
        if (ancestor != null) {
            message.append(" (a tactic names its parent goal ").append(ancestor.getId())
                    .append("; name this sub-goal on the tactic too)");
        }
        findings.add(Finding.error(WorkflowStep.PLAN, ID, goal.getId(), message.toString(),
                "cxw tactic add FILE --name \"...\" --goals " + goal.getId()));
    }

    private static Goal firstTargetedAncestor(Goal goal, Set<Goal> targeted) {
        for (Goal parent = goal.getParent(); parent != null; parent = parent.getParent()) {
            if (targeted.contains(parent)) {
                return parent;
            }
        }
        return null;
    }

    private static String label(Goal goal) {
        if (goal.getName() != null && !goal.getName().isBlank()) {
            return goal.getName();
        }
        return goal.getStatement() == null ? "" : goal.getStatement();
    }
}
