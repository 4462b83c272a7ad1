package org.cxworkbench.api.command;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One {@code cxw} command, registered as a whiteboard service. The command line launcher and the Gogo
 * shell ({@code cxw COMMAND ...}) find commands by the {@link #NAME} service property, which
 * {@link CxwCommandService} sets.
 *
 * <p>Exit codes: 0 success, 1 validation failure (the command ran and found problems), 2 usage or input
 * error (thrown as {@link CommandException}).
 */
@ConsumerType
public interface CxwCommand {

    /** Service property: the command name as typed, e.g. {@code status} or {@code goal}. */
    String NAME = "cxw.command";

    /** Service property: one line shown by {@code cxw help}. */
    String SUMMARY = "cxw.summary";

    /** Service property: the group the command is listed under in {@code cxw help}. */
    String GROUP = "cxw.group";

    /** Exit code: success. */
    int OK = 0;
    /** Exit code: the command ran and found validation problems. */
    int VALIDATION_FAILED = 1;
    /** Exit code: wrong usage or bad input; nothing was changed. */
    int USAGE_OR_INPUT_ERROR = 2;

    /** The arguments and options this command accepts; used to parse the command line and for help. */
    CommandSpec spec();

    /**
     * Runs the command.
     *
     * @return the exit code, {@link #OK} or {@link #VALIDATION_FAILED}
     * @throws CommandException for usage and input errors; its message is shown as it is
     */
    int run(CommandContext context) throws CommandException;
}
