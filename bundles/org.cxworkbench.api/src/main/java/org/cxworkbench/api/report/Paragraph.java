package org.cxworkbench.api.report;

/** A paragraph of plain text. */
public record Paragraph(String text) implements Block {
}
