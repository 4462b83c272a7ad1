package org.cxworkbench.api.survey;

import java.io.IOException;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * An open stream over the response rows of one survey export, after its header rows.
 *
 * <p>Not thread-safe: one consumer reads it from one thread.
 */
@ConsumerType
public interface SurveyRows extends AutoCloseable {

    /** The header of the export: its shape and its columns. */
    SurveyHeader header();

    /**
     * The next response row, or {@code null} at the end of the export. The returned object may be reused
     * by the next call: read what you need before calling {@code next()} again.
     *
     * @throws SurveyFormatException if the rest of the file cannot be read as rows (for example a quoted
     *         field that is never closed); the message names the file and the line
     */
    SurveyRow next() throws IOException, SurveyFormatException;

    /** How many bytes of the file have been consumed so far, for progress reports. */
    long bytesRead();

    /** The size of the file in bytes, or -1 if unknown. */
    long totalBytes();

    /**
     * The SHA-256 checksum of the file's bytes, lower-case hex. Sources that read the raw bytes compute it
     * while streaming; it is only complete after {@link #next()} has returned {@code null}. Returns
     * {@code null} if the source does not compute it, and the caller then hashes the file itself.
     */
    default String sha256() {
        return null;
    }

    @Override
    void close() throws IOException;
}
