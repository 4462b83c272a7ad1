package org.cxworkbench.api.report;

/** A sub-heading inside a section; level 1 is the highest inside a section. */
public record Heading(int level, String text) implements Block {
}
