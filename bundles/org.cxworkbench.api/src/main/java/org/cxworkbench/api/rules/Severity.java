package org.cxworkbench.api.rules;

/** How much a finding matters. */
public enum Severity {
    /** The step is not complete while this finding stands. */
    ERROR,
    /** Worth fixing; the step can still be complete. */
    WARNING,
    /** A hint. */
    INFO
}
