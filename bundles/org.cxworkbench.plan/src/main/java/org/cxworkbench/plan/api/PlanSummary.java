package org.cxworkbench.plan.api;

/**
 * Counts over the plan.
 *
 * @param tactics number of tactics
 * @param steps number of steps
 * @param done steps done
 * @param inProgress steps in progress
 * @param planned steps planned and not started
 * @param blocked steps blocked
 * @param cancelled steps cancelled
 * @param overdue steps overdue
 * @param unowned steps without an owner (on the step or its tactic)
 * @param overdueTactics tactics whose own due date has passed while they are not done or cancelled
 */
public record PlanSummary(int tactics, int steps, int done, int inProgress, int planned, int blocked, int cancelled,
        int overdue, int unowned, int overdueTactics) {
}
