package org.cxworkbench.optimise.api;

/** How urgent an {@link Alert} is, most urgent first. */
public enum AlertSeverity {
    /** Act now: a target was missed. */
    CRITICAL,
    /** Act this period. */
    WARNING,
    /** Worth watching. */
    INFO
}
