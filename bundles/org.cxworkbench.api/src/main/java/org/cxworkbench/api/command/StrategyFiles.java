package org.cxworkbench.api.command;

import org.cxworkbench.api.store.StrategyFileException;
import org.cxworkbench.api.store.StrategyStore;
import org.cxworkbench.model.Strategy;

/**
 * Loading and saving the strategy named by a command's {@code FILE} argument, with store failures turned
 * into {@link CommandException}s (exit code 2) whose message names the file, line and problem.
 */
public final class StrategyFiles {

    /** The conventional name of the strategy file parameter. */
    public static final String FILE = "FILE";

    private StrategyFiles() {
    }

    /** Loads the strategy named by the {@link #FILE} argument. */
    public static Strategy load(StrategyStore store, CommandContext context) throws CommandException {
        try {
            return store.load(context.path(context.requiredArg(FILE)));
        } catch (StrategyFileException e) {
            throw new CommandException(e.getMessage(), e);
        }
    }

    /** Saves the strategy atomically to its file. */
    public static void save(StrategyStore store, Strategy strategy) throws CommandException {
        try {
            store.save(strategy);
        } catch (StrategyFileException e) {
            throw new CommandException(e.getMessage(), e);
        }
    }
}
