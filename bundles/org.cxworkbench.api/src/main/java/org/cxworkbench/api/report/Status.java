package org.cxworkbench.api.report;

/** A traffic-light status that renderers colour-code. */
public enum Status {
    GOOD, WARNING, BAD, NEUTRAL
}
