package org.cxworkbench.plan.api;

import java.util.List;

import org.cxworkbench.model.WorkStatus;

/**
 * One tactic of the plan.
 *
 * @param id the tactic's id
 * @param name the tactic's name
 * @param goals the goals it works toward
 * @param opportunities the opportunities it picks up
 * @param owner its owner, or {@code null}
 * @param startDate its start date as written, or {@code null}
 * @param dueDate its due date as written, or {@code null}
 * @param status its status
 * @param overdue whether its due date has passed while it is neither done nor cancelled
 * @param steps its steps in order, numbered from 1
 */
public record TacticPlan(String id, String name, List<Ref> goals, List<Ref> opportunities, Ref owner,
        String startDate, String dueDate, WorkStatus status, boolean overdue, List<StepPlan> steps) {

    public TacticPlan {
        goals = List.copyOf(goals);
        opportunities = List.copyOf(opportunities);
        steps = List.copyOf(steps);
    }

    /**
     * A referenced element: its id and name.
     *
     * @param id the id
     * @param name the name, or the id when it has none
     */
    public record Ref(String id, String name) {
    }
}
