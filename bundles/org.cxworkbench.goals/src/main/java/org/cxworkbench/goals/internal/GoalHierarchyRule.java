package org.cxworkbench.goals.internal;

import java.util.List;

import org.cxworkbench.api.rules.Finding;
import org.cxworkbench.api.rules.StepRule;
import org.cxworkbench.api.rules.StepRuleService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.Goal;
import org.cxworkbench.model.Strategy;
import org.osgi.service.component.annotations.Component;

/**
 * "Start with a high-level goal and work your way down": a warning when no top-level goal has more specific
 * sub-goals working toward it.
 */
@Component(service = StepRule.class)
@StepRuleService(step = 1, id = GoalHierarchyRule.ID)
public final class GoalHierarchyRule implements StepRule {

    static final String ID = "goals.hierarchy";

    @Override
    public List<Finding> check(Strategy strategy) {
        if (strategy.getGoals().isEmpty() || strategy.getGoals().stream().anyMatch(g -> !g.getChildren().isEmpty())) {
            return List.of();
        }
        Goal first = strategy.getGoals().get(0);
        return List.of(Finding.warning(WorkflowStep.GOALS, ID, null, "no high-level goal has more specific sub-goals "
                + "working toward it (e.g. 'cut the time to resolve an issue by 20 %' under 'raise NPS by one point')",
                "cxw goal add FILE --parent " + GoalTree.idOf(first) + " --name \"...\" --kpi RESOLUTION_TIME "
                        + "--baseline 30 --target-kind RELATIVE_CHANGE --target-change -20 --period 2026-Q3"));
    }
}
