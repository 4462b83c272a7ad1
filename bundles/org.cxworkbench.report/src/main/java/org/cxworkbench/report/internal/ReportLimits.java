package org.cxworkbench.report.internal;

import java.time.Duration;

/**
 * The time limits of a report: how long one section may take to build, and one renderer to write its file.
 */
public record ReportLimits(Duration section, Duration renderer) {

    /** The defaults: 20 s per section, 120 s per renderer. */
    public static final ReportLimits DEFAULTS = new ReportLimits(Duration.ofSeconds(20), Duration.ofSeconds(120));
}
