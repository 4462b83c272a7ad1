package org.cxworkbench.api.command;

/**
 * A command could not run because of wrong usage or bad input. The message is shown to the user as it is
 * and must name the file, line or element at fault. Nothing was changed on disk.
 */
public class CommandException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public CommandException(String message) {
        this(CxwCommand.USAGE_OR_INPUT_ERROR, message, null);
    }

    public CommandException(String message, Throwable cause) {
        this(CxwCommand.USAGE_OR_INPUT_ERROR, message, cause);
    }

    public CommandException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** The exit code the launcher ends with. */
    public int exitCode() {
        return exitCode;
    }
}
