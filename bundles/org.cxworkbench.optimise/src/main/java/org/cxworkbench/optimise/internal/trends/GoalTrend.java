package org.cxworkbench.optimise.internal.trends;

import java.util.List;

import org.cxworkbench.model.GoalStatus;

/**
 * Where one goal stands in a period and how it got there.
 *
 * @param goalId the goal's id
 * @param goal the goal's name or statement
 * @param kpiCode the code of the KPI measuring it, or {@code null}
 * @param target the value to reach, NaN if unknown
 * @param measured the latest value, NaN if none
 * @param gap how far the measured value still is from the target in the direction of improvement (positive:
 *        still to go; zero or negative: reached), NaN if unknown
 * @param trend the measured value in the last periods, oldest first
 * @param status the goal's status in the period
 * @param explanation one sentence from the goal tracker
 */
public record GoalTrend(String goalId, String goal, String kpiCode, double target, double measured, double gap,
        List<Point> trend, GoalStatus status, String explanation) {

    public GoalTrend {
        trend = List.copyOf(trend);
    }

    /**
     * One value of the trend.
     *
     * @param period the period
     * @param value the measured value, NaN when there is none for that period
     */
    public record Point(String period, double value) {
    }
}
