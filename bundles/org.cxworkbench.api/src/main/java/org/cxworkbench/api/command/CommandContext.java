package org.cxworkbench.api.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The parsed command line and the output channels of one command run. Options were checked against the
 * command's {@link CommandSpec} before {@link CxwCommand#run} is called.
 */
@ProviderType
public interface CommandContext {

    /** The value of a positional parameter, or empty if it was optional and not given. */
    Optional<String> arg(String name);

    /** The value of a required positional parameter. */
    String requiredArg(String name) throws CommandException;

    /** The values of the variadic positional parameter. */
    List<String> restArgs();

    /** The value of an option, if given. */
    Optional<String> option(String name);

    /** All values of a repeatable option, in order. */
    List<String> options(String name);

    /** Whether a flag was given. */
    boolean flag(String name);

    /** Whether {@code --json} was given: then print machine-readable JSON only, with {@link #printJson}. */
    boolean json();

    /** Resolves a path argument against the working directory of the caller. */
    Path path(String argument);

    /** Standard output for human-readable text. */
    PrintWriter out();

    /** Standard error, for warnings and progress. */
    PrintWriter err();

    /**
     * Prints a JSON value: maps, lists, strings, numbers, booleans and records are supported.
     * Numbers that are not finite are printed as {@code null}.
     */
    void printJson(Object value);

    /** Whether standard error is an interactive terminal (progress bars are shown only then). */
    boolean interactive();

    /**
     * Reports how far a long command has come, for a front end that shows progress beside the command (the web
     * workbench shows it with the running job). Called from the thread that runs the command, a few times a second
     * at most; the figures are named by the command, e.g. {@code rowsRead}, {@code bytesRead}, {@code totalBytes}
     * (-1 when unknown). A terminal progress bar is still the command's own business (see {@link #interactive}).
     * Does nothing by default.
     *
     * @since 1.1
     */
    default void progress(Map<String, Long> figures) {
    }
}
