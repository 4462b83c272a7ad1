package org.cxworkbench.report.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.cxworkbench.model.Strategy;

/**
 * The report service as the {@code cxw report} command needs it: the built report with each section's
 * outcome. Registered by the same component as the public ReportService; internal to this bundle.
 */
public interface ReportBuilder {

    /** Builds the report; failing sections become notices and are reported as failed. */
    BuiltReport buildReport(Strategy strategy, String period, Locale locale);

    /** Checks the formats before the report is built. */
    void checkFormats(List<String> formats, Locale locale);

    /**
     * Writes the built report in the formats into the directory; a format whose renderer fails is reported in
     * the result, and the other formats are still written.
     */
    WrittenReport writeReport(BuiltReport report, List<String> formats, Path directory);
}
