package org.cxworkbench.report.internal;

import org.cxworkbench.api.report.ReportSection;

/**
 * A registered section: its service properties, the bundle that provides it (named in failure notices),
 * and the service.
 */
public record SectionEntry(String id, int order, String bundle, ReportSection section) {
}
