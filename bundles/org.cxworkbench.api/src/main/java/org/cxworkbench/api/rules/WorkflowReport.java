package org.cxworkbench.api.rules;

import java.util.List;

/**
 * The status of all nine steps of a strategy.
 *
 * @param steps one status per step, in step order
 * @param failures rules that threw and were skipped
 */
public record WorkflowReport(List<StepStatus> steps, List<RuleFailure> failures) {

    public WorkflowReport {
        steps = List.copyOf(steps);
        failures = List.copyOf(failures);
    }

    /** Whether every step is complete. */
    public boolean allComplete() {
        return steps.stream().allMatch(StepStatus::complete);
    }

    /** Every finding of every step, in step order. */
    public List<Finding> findings() {
        return steps.stream().flatMap(s -> s.findings().stream()).toList();
    }

    /** The status of one step. */
    public StepStatus step(WorkflowStep step) {
        return steps.get(step.ordinal());
    }
}
