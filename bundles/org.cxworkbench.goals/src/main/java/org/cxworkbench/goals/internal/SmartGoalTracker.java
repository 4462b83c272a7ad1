package org.cxworkbench.goals.internal;

import java.util.List;

import org.cxworkbench.api.goals.GoalProgress;
import org.cxworkbench.api.goals.GoalTracker;
import org.cxworkbench.api.goals.SmartResult;
import org.cxworkbench.api.kpi.KpiService;
import org.cxworkbench.model.Goal;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The {@link GoalTracker}: the SMART check of {@link SmartChecker} and the progress of
 * {@link GoalProgressCalculator}. The KPI service is optional: without it goals are still checked (against their
 * KPI's scale instead of its history) and their status is UNKNOWN.
 */
@Component(service = GoalTracker.class)
public final class SmartGoalTracker implements GoalTracker {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile KpiService kpis;

    /** For DS. */
    public SmartGoalTracker() {
    }

    /** With a fixed KPI service, or {@code null} for none. */
    SmartGoalTracker(KpiService kpis) {
        this.kpis = kpis;
    }

    @Override
    public List<SmartResult> smartCheck(Goal goal) {
        return checkLetters(goal).stream().map(LetterCheck::toResult).toList();
    }

    /** The SMART check with the fixing command of every failed letter. */
    List<LetterCheck> checkLetters(Goal goal) {
        return new SmartChecker(kpis).check(goal);
    }

    @Override
    public GoalProgress progress(Goal goal, String period) {
        return new GoalProgressCalculator(kpis).progress(goal, period);
    }
}
