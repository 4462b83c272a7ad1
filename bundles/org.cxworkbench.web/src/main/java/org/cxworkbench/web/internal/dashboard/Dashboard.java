package org.cxworkbench.web.internal.dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cxworkbench.api.goals.GoalTracker;
import org.cxworkbench.api.kpi.KpiService;
import org.cxworkbench.measure.api.Periods;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.web.internal.http.ApiError;

/**
 * The KPI dashboard of one period: scorecard, trends, NPS distribution, segment comparison and goal
 * progress, computed with the KPI service and goal tracker the commands and the report use.
 */
public final class Dashboard {

    /** The dimension compared when none is asked for, if the strategy has it. */
    static final String DEFAULT_DIMENSION = "touchpoint";

    private final KpiService kpis;
    private final GoalTracker goals;

    public Dashboard(KpiService kpis, GoalTracker goals) {
        this.kpis = kpis;
        this.goals = goals;
    }

    /**
     * The dashboard.
     *
     * @param period the period, or {@code null} for the strategy's current period (else the latest with data)
     * @param dimension the segment dimension to compare, or {@code null} for touchpoint (else the first)
     * @throws ApiError 422 for a period that is not one, or a dimension the strategy does not have
     */
    public Map<String, Object> build(Strategy strategy, String period, String dimension) throws ApiError {
        List<String> periods = kpis.periods(strategy);
        String shown = period;
        if (shown == null) {
            shown = strategy.getCurrentPeriod() != null && Periods.isValid(strategy.getCurrentPeriod())
                    ? strategy.getCurrentPeriod() : periods.isEmpty() ? null : periods.get(periods.size() - 1);
        } else if (!Periods.isValid(shown)) {
            throw new ApiError(422, "'period': '" + shown + "' is not a period; write a quarter like 2026-Q3 or a month "
                    + "like 2026-09");
        }
        List<String> dimensions = SegmentComparison.dimensions(strategy);
        String by = dimension;
        if (by == null) {
            by = dimensions.contains(DEFAULT_DIMENSION) ? DEFAULT_DIMENSION : dimensions.isEmpty() ? null : dimensions.get(0);
        } else if (!dimensions.contains(by)) {
            throw new ApiError(422, "'by': the strategy has no segment dimension '" + by + "'; "
                    + (dimensions.isEmpty() ? "it has no segments" : "dimensions: " + String.join(", ", dimensions)))
                    .with("dimensions", dimensions);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("period", shown);
        answer.put("periods", periods);
        answer.put("dimensions", dimensions);
        if (shown == null) {
            answer.put("message", "No KPI data yet: import survey answers (step 7), support tickets or customer counts "
                    + "(step 8)");
            answer.put("scorecard", List.of());
            answer.put("trends", Map.of("periods", List.of(), "series", List.of()));
            answer.put("nps", null);
            answer.put("segments", SegmentComparison.of(kpis, strategy, null, null));
            answer.put("goals", List.of());
            return answer;
        }
        answer.put("scorecard", Scorecard.cards(kpis, goals, strategy, shown));
        answer.put("trends", Trends.of(kpis, strategy, shown));
        answer.put("nps", NpsDistribution.of(kpis, strategy, shown));
        answer.put("segments", SegmentComparison.of(kpis, strategy, shown, by));
        answer.put("goals", GoalBoard.of(goals, strategy, shown));
        return answer;
    }
}
