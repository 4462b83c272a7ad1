package org.cxworkbench.api.rules;

import java.util.List;

/**
 * Where the strategy stands on one step.
 *
 * @param step the step
 * @param complete whether no error finding stands for this step
 * @param missing what is missing, one sentence per error finding
 * @param nextAction what to do next, or {@code null} when the step is complete
 * @param findings every finding of the step, errors first
 */
public record StepStatus(WorkflowStep step, boolean complete, List<String> missing, String nextAction,
        List<Finding> findings) {

    public StepStatus {
        missing = List.copyOf(missing);
        findings = List.copyOf(findings);
    }
}
