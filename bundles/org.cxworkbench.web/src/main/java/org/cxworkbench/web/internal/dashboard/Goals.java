package org.cxworkbench.web.internal.dashboard;

import java.util.ArrayList;
import java.util.List;

import org.cxworkbench.model.Goal;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.Strategy;

/** The goals of a strategy, sub-goals included, in tree order. */
final class Goals {

    /** A goal and how deep it sits (0 for a top-level goal). */
    record Placed(Goal goal, int depth) {
    }

    private Goals() {
    }

    static List<Placed> all(Strategy strategy) {
        List<Placed> all = new ArrayList<>();
        strategy.getGoals().forEach(goal -> add(all, goal, 0));
        return all;
    }

    private static void add(List<Placed> all, Goal goal, int depth) {
        all.add(new Placed(goal, depth));
        goal.getChildren().forEach(child -> add(all, child, depth + 1));
    }

    /**
     * The goal measured by this KPI over all respondents: the one due in this period if any, else the first
     * (goals restricted to a segment do not count for the overall value).
     */
    static Goal forKpi(Strategy strategy, KpiDefinition definition, String period) {
        Goal first = null;
        for (Placed placed : all(strategy)) {
            Goal goal = placed.goal();
            if (goal.getKpi() != definition || goal.getSubjectSegment() != null && !goal.getSubjectSegment().isBlank()) {
                continue;
            }
            if (period.equals(goal.getPeriod())) {
                return goal;
            }
            if (first == null) {
                first = goal;
            }
        }
        return first;
    }
}
