package org.cxworkbench.measure.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.cxworkbench.api.kpi.KpiResult;
import org.cxworkbench.api.kpi.KpiService;
import org.cxworkbench.api.rules.Finding;
import org.cxworkbench.api.rules.StepRule;
import org.cxworkbench.api.rules.StepRuleService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.Goal;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.KpiKind;
import org.cxworkbench.model.Strategy;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Step 8: every goal's KPI has data in some period, so the goal's progress can be measured. */
@Component(service = StepRule.class)
@StepRuleService(step = 8, id = GoalKpiDataRule.ID)
public final class GoalKpiDataRule implements StepRule {

    static final String ID = "measure.goal-data";

    private final KpiService kpis;

    @Activate
    public GoalKpiDataRule(@Reference KpiService kpis) {
        this.kpis = kpis;
    }

    @Override
    public List<Finding> check(Strategy strategy) {
        Set<String> measured = kpis.compute(strategy, null, null).stream().filter(KpiResult::hasValue)
                .map(KpiResult::code).collect(Collectors.toSet());
        List<Finding> findings = new ArrayList<>();
        for (Goal goal : allGoals(strategy)) {
            KpiDefinition kpi = goal.getKpi();
            if (kpi != null && !measured.contains(kpi.getCode())) {
                findings.add(Finding.warning(WorkflowStep.MEASURE, ID, goal.getId(),
                        "Goal '" + (goal.getName() == null ? goal.getStatement() : goal.getName()) + "' is measured by "
                                + kpi.getCode() + ", which has no data yet",
                        action(kpi)));
            }
        }
        return findings;
    }

    private static String action(KpiDefinition kpi) {
        KpiKind kind = kpi.getKind();
        if (kind == KpiKind.CHURN || kind == KpiKind.RETENTION) {
            return "cxw customers FILE --period P --start N --end N --new N --churned N";
        }
        if (kind == KpiKind.RESPONSE_TIME || kind == KpiKind.RESOLUTION_TIME) {
            return "cxw import-tickets FILE EXPORT.csv";
        }
        return "cxw import-survey FILE EXPORT.csv with a question whose KPI is " + kpi.getCode();
    }

    private static List<Goal> allGoals(Strategy strategy) {
        List<Goal> goals = new ArrayList<>();
        List<Goal> pending = new ArrayList<>(strategy.getGoals());
        while (!pending.isEmpty()) {
            Goal goal = pending.remove(0);
            goals.add(goal);
            pending.addAll(0, goal.getChildren());
        }
        return goals;
    }
}
