package org.cxworkbench.goals.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.cxworkbench.api.goals.GoalProgress;
import org.cxworkbench.api.kpi.KpiService;
import org.cxworkbench.model.CxStrategyFactory;
import org.cxworkbench.model.Goal;
import org.cxworkbench.model.SmartCheck;
import org.cxworkbench.model.SmartCriterion;

/**
 * The SMART check and progress of one goal, and how they are stored on it so reports and later steps see the last
 * results: {@code smartChecks} replaced (one per letter, ids kept stable across runs), {@code status},
 * {@code progress} and {@code measuredValue} set, or unset when unknown.
 *
 * @param goal the goal
 * @param level its depth in the goal tree, 0 for top-level goals
 * @param letters one check per SMART letter
 * @param progress where it stands
 */
record GoalEvaluation(Goal goal, int level, List<LetterCheck> letters, GoalProgress progress) {

    /** Checks and measures a goal; {@code kpis} may be {@code null}. */
    static GoalEvaluation of(KpiService kpis, GoalTree.Node node, String period) {
        return new GoalEvaluation(node.goal(), node.level(), new SmartChecker(kpis).check(node.goal()),
                new GoalProgressCalculator(kpis).progress(node.goal(), period));
    }

    boolean smartPassed() {
        return letters.stream().allMatch(LetterCheck::passed);
    }

    List<LetterCheck> failed() {
        return letters.stream().filter(l -> !l.passed()).toList();
    }

    /** Writes the results into the goal. */
    void store() {
        Map<SmartCriterion, SmartCheck> previous = new EnumMap<>(SmartCriterion.class);
        for (SmartCheck check : goal.getSmartChecks()) {
            previous.putIfAbsent(check.getCriterion(), check);
        }
        goal.getSmartChecks().clear();
        for (LetterCheck letter : letters) {
            SmartCheck check = previous.getOrDefault(letter.criterion(), CxStrategyFactory.eINSTANCE.createSmartCheck());
            check.setCriterion(letter.criterion());
            check.setPassed(letter.passed());
            check.setReason(letter.reason());
            goal.getSmartChecks().add(check);
        }
        goal.setStatus(progress.status());
        if (Double.isNaN(progress.progress())) {
            goal.unsetProgress();
        } else {
            goal.setProgress(progress.progress());
        }
        if (Double.isNaN(progress.measured())) {
            goal.unsetMeasuredValue();
        } else {
            goal.setMeasuredValue(progress.measured());
        }
    }
}
