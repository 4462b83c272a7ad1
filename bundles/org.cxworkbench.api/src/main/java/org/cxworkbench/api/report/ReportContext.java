package org.cxworkbench.api.report;

import java.util.List;
import java.util.Locale;

import org.cxworkbench.model.Strategy;
import org.osgi.annotation.versioning.ProviderType;

/** What a {@link ReportSection} gets to build its part of the report. */
@ProviderType
public interface ReportContext {

    /** The strategy reported on; sections must not change it. */
    Strategy strategy();

    /** The reporting period, e.g. {@code 2026-Q3}. */
    String period();

    /** The reporting period and the periods before it, oldest first, at most {@code count} of them. */
    List<String> trendPeriods(int count);

    /** The locale the report is written in. */
    Locale locale();
}
