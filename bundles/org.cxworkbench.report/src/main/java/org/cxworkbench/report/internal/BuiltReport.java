package org.cxworkbench.report.internal;

import java.util.List;

import org.cxworkbench.api.report.ReportDocument;

/**
 * A built report: the document, how each section went, and the base of the file names
 * ({@code <strategy-file-base>-<period>}).
 */
public record BuiltReport(ReportDocument document, List<SectionOutcome> outcomes, String fileBase) {
    public BuiltReport {
        outcomes = List.copyOf(outcomes);
    }
}
