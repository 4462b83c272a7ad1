package org.cxworkbench.api.survey;

import java.nio.file.Path;

/**
 * A survey export cannot be read: not the format its source expects, a broken structure (an unclosed quote,
 * an empty file), or a workbook that exceeds the safety limits. The message names the file and, where
 * known, the line, so it can be shown to a user as it is.
 */
public class SurveyFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long line;

    public SurveyFormatException(Path file, long line, String problem, Throwable cause) {
        super(file.getFileName() + (line > 0 ? ":" + line : "") + ": " + problem, cause);
        this.file = file;
        this.line = line;
    }

    public SurveyFormatException(Path file, long line, String problem) {
        this(file, line, problem, null);
    }

    /** The export concerned. */
    public Path file() {
        return file;
    }

    /** The line (or sheet row) of the problem, or 0 when no line applies. */
    public long line() {
        return line;
    }
}
