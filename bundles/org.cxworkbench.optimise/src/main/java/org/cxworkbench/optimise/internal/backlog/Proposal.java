package org.cxworkbench.optimise.internal.backlog;

/**
 * A backlog item proposed from an alert.
 *
 * @param name what to change next
 * @param description the alert's message
 * @param evidence the figures that triggered it
 * @param trigger the alert's trigger, e.g. {@code alert:KPI_WORSENING:NPS}; one item per trigger
 * @param priority 1 (highest) to 3
 * @param goalId the goal concerned, or {@code null}
 * @param kpiCode the KPI concerned, or {@code null}
 * @param existingItemId the backlog item already raised for the trigger, or {@code null} if the proposal is new
 */
public record Proposal(String name, String description, String evidence, String trigger, int priority, String goalId,
        String kpiCode, String existingItemId) {

    /** Whether no backlog item has this trigger yet. */
    public boolean isNew() {
        return existingItemId == null;
    }
}
