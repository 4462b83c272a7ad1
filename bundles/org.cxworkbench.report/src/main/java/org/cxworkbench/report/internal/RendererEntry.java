package org.cxworkbench.report.internal;

import org.cxworkbench.api.report.ReportRenderer;

/**
 * A registered renderer: its format, the bundle that provides it (named when it fails), and the service.
 */
public record RendererEntry(String format, String bundle, ReportRenderer renderer) {
}
