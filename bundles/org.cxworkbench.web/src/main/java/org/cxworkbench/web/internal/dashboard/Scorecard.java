package org.cxworkbench.web.internal.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cxworkbench.api.goals.GoalProgress;
import org.cxworkbench.api.goals.GoalTracker;
import org.cxworkbench.api.kpi.KpiResult;
import org.cxworkbench.api.kpi.KpiService;
import org.cxworkbench.measure.api.Periods;
import org.cxworkbench.model.Goal;
import org.cxworkbench.model.GoalStatus;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.Strategy;

/**
 * One card per KPI with a value in the period or the one before: value, previous value, change (better,
 * worse or the same, by the definition's polarity), the target and status of the goal that tracks it, and
 * a colour as in the report's executive scorecard (the goal's status if there is one, else the change).
 */
final class Scorecard {

    /** The smallest change shown as better or worse: half a unit of the one decimal shown. */
    static final double VISIBLE_CHANGE = 0.05;

    private Scorecard() {
    }

    static List<Map<String, Object>> cards(KpiService kpis, GoalTracker goals, Strategy strategy, String period) {
        String previousPeriod = Periods.previous(period);
        List<Map<String, Object>> cards = new ArrayList<>();
        for (KpiDefinition definition : strategy.getKpiDefinitions()) {
            Optional<KpiResult> current = kpis.value(strategy, definition, period, "");
            Optional<KpiResult> before = kpis.value(strategy, definition, previousPeriod, "");
            double value = current.map(KpiResult::value).orElse(Double.NaN);
            double previous = before.map(KpiResult::value).orElse(Double.NaN);
            if (Double.isNaN(value) && Double.isNaN(previous)) {
                continue;
            }
            boolean higherIsBetter = definition.isHigherIsBetter();
            double change = Double.isNaN(value) || Double.isNaN(previous) ? Double.NaN : value - previous;
            String direction = null;
            if (!Double.isNaN(change)) {
                boolean visible = Math.abs(change) >= VISIBLE_CHANGE;
                direction = !visible ? "same" : (change > 0) == higherIsBetter ? "better" : "worse";
            }
            String status = "better".equals(direction) ? "good" : "worse".equals(direction) ? "bad" : "neutral";
            Map<String, Object> card = new LinkedHashMap<>();
            card.put("code", definition.getCode());
            card.put("name", definition.getName());
            card.put("unit", current.or(() -> before).map(KpiResult::unit).orElse(definition.getUnit()));
            card.put("higherIsBetter", higherIsBetter);
            card.put("definitionVersion", definition.getVersion());
            card.put("value", value);
            card.put("n", current.map(KpiResult::n).orElse(0L));
            card.put("previous", previous);
            card.put("previousPeriod", previousPeriod);
            card.put("change", change);
            card.put("direction", direction);
            card.put("details", current.map(KpiResult::details).orElse(Map.of()));
            card.put("warnings", current.map(KpiResult::warnings).orElse(List.of()));
            Goal goal = Goals.forKpi(strategy, definition, period);
            if (goal != null) {
                GoalProgress progress = goals.progress(goal, period);
                Map<String, Object> g = new LinkedHashMap<>();
                g.put("id", goal.getId());
                g.put("name", goal.getName());
                g.put("target", progress.target());
                g.put("period", goal.getPeriod());
                g.put("status", progress.status() == null ? GoalStatus.UNKNOWN.name() : progress.status().name());
                g.put("progress", progress.progress());
                g.put("explanation", progress.explanation());
                card.put("goal", g);
                String fromGoal = colour(progress.status());
                if (!fromGoal.equals("neutral")) {
                    status = fromGoal;
                }
            } else {
                card.put("goal", null);
            }
            card.put("status", status);
            cards.add(card);
        }
        return cards;
    }

    /** The colour of a goal status: good, warning, bad or neutral. */
    static String colour(GoalStatus status) {
        if (status == null) {
            return "neutral";
        }
        return switch (status) {
            case ON_TRACK, ACHIEVED -> "good";
            case AT_RISK -> "warning";
            case OFF_TRACK, MISSED -> "bad";
            default -> "neutral";
        };
    }
}
