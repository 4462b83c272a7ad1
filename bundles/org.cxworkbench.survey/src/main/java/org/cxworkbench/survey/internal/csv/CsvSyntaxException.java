package org.cxworkbench.survey.internal.csv;

/** The CSV structure is broken at a line (for example a quoted field that never closes). */
final class CsvSyntaxException extends Exception {

    private static final long serialVersionUID = 1L;

    private final long line;

    CsvSyntaxException(long line, String problem) {
        super(problem);
        this.line = line;
    }

    long line() {
        return line;
    }
}
