package org.cxworkbench.api.report;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Contributes one section to the quarterly report, registered as a whiteboard service with
 * {@link ReportSectionService}. Sections are ordered by {@link #ORDER}. A section that throws or takes
 * too long is replaced by a visible notice naming it; the rest of the report is still written.
 */
@ConsumerType
public interface ReportSection {

    /** Service property: the section id. */
    String ID = "cxw.report.section.id";

    /** Service property: the position; the workbench uses 100 (summary) to 900 (appendix) in steps of 100. */
    String ORDER = "cxw.report.section.order";

    /** Builds the section from the strategy. */
    Section build(ReportContext context) throws Exception;
}
