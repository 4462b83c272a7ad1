package org.cxworkbench.api.report;

/** A visible notice, e.g. that a section failed and was replaced. */
public record Notice(Status status, String text) implements Block {
}
