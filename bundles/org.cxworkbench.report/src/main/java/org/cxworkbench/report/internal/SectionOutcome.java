package org.cxworkbench.report.internal;

/**
 * How building one section went.
 *
 * @param id the section id
 * @param title the section title in the report
 * @param failed whether the section was replaced by a notice
 * @param reason why it was replaced, or {@code null}
 */
public record SectionOutcome(String id, String title, boolean failed, String reason) {
}
