package org.cxworkbench.goals.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cxworkbench.model.Goal;
import org.cxworkbench.model.Strategy;
import org.eclipse.emf.ecore.EObject;

/** The goal tree of a strategy: top-level goals with their sub-goals, walked depth first. */
final class GoalTree {

    /** A goal with its depth: 0 for top-level goals. */
    record Node(Goal goal, int level) {
    }

    private GoalTree() {
    }

    /** Every goal, parents before their children, in the order of the file. */
    static List<Node> walk(Strategy strategy) {
        List<Node> nodes = new ArrayList<>();
        for (Goal goal : strategy.getGoals()) {
            add(goal, 0, nodes);
        }
        return nodes;
    }

    private static void add(Goal goal, int level, List<Node> nodes) {
        nodes.add(new Node(goal, level));
        for (Goal child : goal.getChildren()) {
            add(child, level + 1, nodes);
        }
    }

    /** The goal with this id anywhere in the tree. */
    static Optional<Goal> find(Strategy strategy, String id) {
        return walk(strategy).stream().map(Node::goal).filter(g -> id.equals(g.getId())).findFirst();
    }

    /** The strategy a goal belongs to, or {@code null} while it is not in one. */
    static Strategy strategyOf(Goal goal) {
        for (EObject e = goal; e != null; e = e.eContainer()) {
            if (e instanceof Strategy strategy) {
                return strategy;
            }
        }
        return null;
    }

    /** How a goal is named in messages: {@code goal-2 'Cut time to resolve by 20 %'}. */
    static String label(Goal goal) {
        String name = goal.getName() != null && !goal.getName().isBlank() ? goal.getName() : goal.getStatement();
        String id = goal.getId() == null ? "(new goal)" : goal.getId();
        return name == null || name.isBlank() ? id : id + " '" + name + "'";
    }

    /** The id to put in suggested commands. */
    static String idOf(Goal goal) {
        return goal.getId() == null ? "GOAL_ID" : goal.getId();
    }
}
