package org.cxworkbench.api.report;

import java.io.IOException;
import java.io.OutputStream;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Writes a {@link ReportDocument} in one format, registered as a whiteboard service with the
 * {@link #FORMAT} property ({@code xlsx}, {@code pdf}, or a plugin's format such as {@code pptx}).
 */
@ConsumerType
public interface ReportRenderer {

    /** Service property: the format name used by {@code cxw report --format}. */
    String FORMAT = "cxw.report.format";

    /** The file name extension, without the dot. */
    String extension();

    /** Writes the document; the stream is closed by the caller. */
    void render(ReportDocument document, OutputStream out) throws IOException;
}
