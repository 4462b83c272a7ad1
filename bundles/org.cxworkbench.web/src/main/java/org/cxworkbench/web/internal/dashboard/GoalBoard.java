package org.cxworkbench.web.internal.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cxworkbench.api.goals.GoalProgress;
import org.cxworkbench.api.goals.GoalTracker;
import org.cxworkbench.model.Goal;
import org.cxworkbench.model.Strategy;

/** Every goal (sub-goals indented by depth) with its progress from baseline to target as of the period. */
final class GoalBoard {

    private GoalBoard() {
    }

    static List<Map<String, Object>> of(GoalTracker tracker, Strategy strategy, String period) {
        List<Map<String, Object>> goals = new ArrayList<>();
        for (Goals.Placed placed : Goals.all(strategy)) {
            Goal goal = placed.goal();
            GoalProgress progress = tracker.progress(goal, period);
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("id", goal.getId());
            g.put("name", goal.getName());
            g.put("statement", goal.getStatement());
            g.put("depth", placed.depth());
            g.put("parent", goal.getParent() == null ? null : goal.getParent().getId());
            g.put("period", goal.getPeriod());
            g.put("kpi", progress.kpiCode());
            g.put("baseline", progress.baseline());
            g.put("target", progress.target());
            g.put("measured", progress.measured());
            g.put("measuredPeriod", progress.measuredPeriod());
            g.put("progress", progress.progress());
            g.put("status", progress.status() == null ? "UNKNOWN" : progress.status().name());
            g.put("colour", Scorecard.colour(progress.status()));
            g.put("explanation", progress.explanation());
            goals.add(g);
        }
        return goals;
    }
}
