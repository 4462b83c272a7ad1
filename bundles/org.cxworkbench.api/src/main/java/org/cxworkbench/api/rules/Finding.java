package org.cxworkbench.api.rules;

import java.util.Objects;

/**
 * One result of a {@link StepRule}: what is wrong or missing, on which element, and what to do.
 *
 * @param step the workflow step the finding belongs to
 * @param ruleId the id of the rule that produced it
 * @param severity how much it matters
 * @param elementId the id of the model element concerned, or {@code null} for the strategy as a whole
 * @param message what is wrong, in words a strategy team understands
 * @param action the next action that resolves it
 */
public record Finding(WorkflowStep step, String ruleId, Severity severity, String elementId, String message,
        String action) {

    public Finding {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    /** An error finding: the step is not complete while it stands. */
    public static Finding error(WorkflowStep step, String ruleId, String elementId, String message, String action) {
        return new Finding(step, ruleId, Severity.ERROR, elementId, message, action);
    }

    /** A warning finding. */
    public static Finding warning(WorkflowStep step, String ruleId, String elementId, String message, String action) {
        return new Finding(step, ruleId, Severity.WARNING, elementId, message, action);
    }

    /** An informational finding. */
    public static Finding info(WorkflowStep step, String ruleId, String elementId, String message) {
        return new Finding(step, ruleId, Severity.INFO, elementId, message, null);
    }
}
