package org.cxworkbench.survey.api;

import java.util.Optional;

/**
 * An import was refused and the strategy left unchanged. The message says why and names the file, line or
 * column concerned. In strict mode the refusal carries the result that would have been applied, so the
 * rejects can be shown.
 */
public class SurveyImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient ImportResult wouldHaveImported;

    public SurveyImportException(String message) {
        this(message, null, null);
    }

    public SurveyImportException(String message, Throwable cause) {
        this(message, cause, null);
    }

    public SurveyImportException(String message, Throwable cause, ImportResult wouldHaveImported) {
        super(message, cause);
        this.wouldHaveImported = wouldHaveImported;
    }

    /** In strict mode: the counts and rejects of the refused import. */
    public Optional<ImportResult> wouldHaveImported() {
        return Optional.ofNullable(wouldHaveImported);
    }
}
