package org.cxworkbench.plan.api;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * The implementation plan as of one day.
 *
 * @param today the day overdue flags were evaluated against
 * @param tactics the tactics in the order of the strategy, each with its ordered steps
 * @param summary counts over all steps
 */
public record PlanTimeline(LocalDate today, List<TacticPlan> tactics, PlanSummary summary) {

    public PlanTimeline {
        tactics = List.copyOf(tactics);
    }

    /** Every step of every tactic, in plan order. */
    public Stream<StepPlan> steps() {
        return tactics.stream().flatMap(t -> t.steps().stream());
    }
}
