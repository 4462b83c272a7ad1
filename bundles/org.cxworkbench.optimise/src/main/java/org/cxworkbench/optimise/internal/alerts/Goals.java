package org.cxworkbench.optimise.internal.alerts;

import java.util.ArrayList;
import java.util.List;

import org.cxworkbench.model.Goal;
import org.cxworkbench.model.Strategy;

/** Walks the goal tree of a strategy. */
public final class Goals {

    private Goals() {
    }

    /** Every goal, parents before their sub-goals. */
    public static List<Goal> all(Strategy strategy) {
        List<Goal> goals = new ArrayList<>();
        for (Goal goal : strategy.getGoals()) {
            add(goal, goals);
        }
        return goals;
    }

    private static void add(Goal goal, List<Goal> goals) {
        goals.add(goal);
        for (Goal child : goal.getChildren()) {
            add(child, goals);
        }
    }

    /** The goal's name, else its statement, else its id. */
    public static String label(Goal goal) {
        if (goal.getName() != null && !goal.getName().isBlank()) {
            return goal.getName();
        }
        if (goal.getStatement() != null && !goal.getStatement().isBlank()) {
            return goal.getStatement();
        }
        return goal.getId();
    }
}
