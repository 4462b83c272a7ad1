package org.cxworkbench.survey.internal;

import java.io.IOException;

import org.cxworkbench.api.survey.SurveyFormatException;
import org.cxworkbench.api.survey.SurveyHeader;
import org.cxworkbench.api.survey.SurveyRow;
import org.cxworkbench.api.survey.SurveyRows;
import org.cxworkbench.containment.Heartbeat;

/**
 * The rows of a survey source as the import reads them: every row beats the heartbeat the stall limit watches,
 * and an unchecked exception thrown by the source's code becomes a {@link SourceFailure}, so that it is reported as
 * the source's failure rather than as a failure of the workbench. One wrapper object is reused for every row.
 */
final class GuardedRows implements SurveyRows {

    /** An unchecked exception thrown by a survey source's own code; the cause is what it threw. */
    static final class SourceFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SourceFailure(Throwable cause) {
            super(cause);
        }
    }

    private final SurveyRows rows;
    private final Heartbeat heartbeat;
    private final Row row = new Row();

    GuardedRows(SurveyRows rows, Heartbeat heartbeat) {
        this.rows = rows;
        this.heartbeat = heartbeat;
    }

    @Override
    public SurveyHeader header() {
        try {
            SurveyHeader header = rows.header();
            if (header == null) {
                throw new IllegalStateException("the source returned no header (null)");
            }
            return header;
        } catch (RuntimeException e) {
            throw new SourceFailure(e);
        }
    }

    @Override
    public SurveyRow next() throws IOException, SurveyFormatException {
        SurveyRow next;
        try {
            next = rows.next();
        } catch (RuntimeException e) {
            throw new SourceFailure(e);
        }
        heartbeat.beat();
        if (next == null) {
            return null;
        }
        row.delegate = next;
        return row;
    }

    @Override
    public long bytesRead() {
        try {
            return rows.bytesRead();
        } catch (RuntimeException e) {
            throw new SourceFailure(e);
        }
    }

    @Override
    public long totalBytes() {
        try {
            return rows.totalBytes();
        } catch (RuntimeException e) {
            throw new SourceFailure(e);
        }
    }

    @Override
    public String sha256() {
        try {
            return rows.sha256();
        } catch (RuntimeException e) {
            throw new SourceFailure(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            rows.close();
        } catch (RuntimeException e) {
            throw new SourceFailure(e);
        }
    }

    /** The current row of the source, with its exceptions marked as the source's. */
    private static final class Row implements SurveyRow {
        SurveyRow delegate;

        @Override
        public long line() {
            try {
                return delegate.line();
            } catch (RuntimeException e) {
                throw new SourceFailure(e);
            }
        }

        @Override
        public int size() {
            try {
                return delegate.size();
            } catch (RuntimeException e) {
                throw new SourceFailure(e);
            }
        }

        @Override
        public CharSequence field(int column) {
            try {
                CharSequence value = delegate.field(column);
                return value == null ? "" : value;
            } catch (RuntimeException e) {
                throw new SourceFailure(e);
            }
        }
    }
}
