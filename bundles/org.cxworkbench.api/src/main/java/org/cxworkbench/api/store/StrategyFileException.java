package org.cxworkbench.api.store;

import java.nio.file.Path;

/**
 * A strategy file could not be read or written. The message names the file and, where known, the line
 * and the problem, so it can be shown to a user as it is.
 */
public class StrategyFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;

    public StrategyFileException(Path file, int line, String problem, Throwable cause) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem, cause);
        this.file = file;
        this.line = line;
    }

    public StrategyFileException(Path file, String problem) {
        this(file, 0, problem, null);
    }

    /** The file concerned. */
    public Path file() {
        return file;
    }

    /** The line of the problem, or 0 when no line applies. */
    public int line() {
        return line;
    }
}
