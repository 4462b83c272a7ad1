package org.cxworkbench.plan.api;

import org.cxworkbench.model.WorkStatus;

/**
 * One ordered step of a tactic.
 *
 * @param tacticId the id of its tactic
 * @param number its position in the tactic, from 1
 * @param id the step's id
 * @param name the step's name
 * @param owner the step's owner, or the tactic's when the step has none, or {@code null}
 * @param ownerFromTactic whether {@code owner} is the tactic's owner
 * @param startDate start date as written, or {@code null}
 * @param dueDate due date as written, or {@code null}
 * @param doneDate date it was done as written, or {@code null}
 * @param status its status
 * @param overdue whether the due date is before the plan's day and the step is neither done nor cancelled
 * @param unowned whether neither the step nor its tactic has an owner
 * @param datesOutOfOrder whether the due date is before the start date
 */
public record StepPlan(String tacticId, int number, String id, String name, TacticPlan.Ref owner,
        boolean ownerFromTactic, String startDate, String dueDate, String doneDate, WorkStatus status,
        boolean overdue, boolean unowned, boolean datesOutOfOrder) {
}
