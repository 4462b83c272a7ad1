package org.cxworkbench.goals.internal;

import java.util.ArrayList;
import java.util.List;

import org.cxworkbench.api.kpi.KpiService;
import org.cxworkbench.api.rules.Finding;
import org.cxworkbench.api.rules.StepRule;
import org.cxworkbench.api.rules.StepRuleService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.Strategy;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** Every goal must pass every SMART letter: one error per failed letter, with the command that fixes it. */
@Component(service = StepRule.class)
@StepRuleService(step = 1, id = GoalSmartRule.ID)
public final class GoalSmartRule implements StepRule {

    static final String ID = "goals.smart";

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile KpiService kpis;

    /** For DS. */
    public GoalSmartRule() {
    }

    /** With a fixed KPI service ({@code null} for none). */
    GoalSmartRule(KpiService kpis) {
        this.kpis = kpis;
    }

    @Override
    public List<Finding> check(Strategy strategy) {
        SmartChecker checker = new SmartChecker(kpis);
        List<Finding> findings = new ArrayList<>();
        for (GoalTree.Node node : GoalTree.walk(strategy)) {
            for (LetterCheck letter : checker.check(node.goal())) {
                if (!letter.passed()) {
                    findings.add(Finding.error(WorkflowStep.GOALS, ID, node.goal().getId(), "goal "
                            + GoalTree.label(node.goal()) + " is not " + LetterCheck.title(letter.criterion()) + ": "
                            + letter.reason(), letter.action()));
                }
            }
        }
        return findings;
    }
}
