package org.cxworkbench.api.goals;

import org.cxworkbench.model.GoalStatus;

/**
 * Where a goal stands against its target.
 *
 * @param goalId the goal's id
 * @param kpiCode the linked KPI's code, or {@code null}
 * @param baseline the baseline value, NaN if unknown
 * @param target the target value implied by baseline and target change, NaN if unknown
 * @param measured the latest measured value, NaN if none
 * @param measuredPeriod the period of the measured value, or {@code null}
 * @param progress the share of the way from baseline to target (0 = at baseline, 1 = target reached;
 *        may be negative or above 1), NaN if unknown
 * @param status on track, at risk, off track, achieved, missed, or unknown
 * @param explanation one sentence a reader understands, e.g. "NPS 41.0 in 2026-Q3, target 42.0: 0 % of the way"
 */
public record GoalProgress(String goalId, String kpiCode, double baseline, double target, double measured,
        String measuredPeriod, double progress, GoalStatus status, String explanation) {
}
