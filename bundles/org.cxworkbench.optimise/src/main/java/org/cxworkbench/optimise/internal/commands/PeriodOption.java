package org.cxworkbench.optimise.internal.commands;

import org.cxworkbench.api.command.CommandContext;
import org.cxworkbench.api.command.CommandException;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.plan.api.ReportingPeriod;

/** The {@code --period P} option of the optimisation commands. */
final class PeriodOption {

    static final String NAME = "--period";

    private PeriodOption() {
    }

    /** The period given, else the strategy's current period; refuses a malformed one. */
    static String resolve(String command, CommandContext context, Strategy strategy, String file)
            throws CommandException {
        String period = context.option(NAME).orElse(strategy.getCurrentPeriod());
        if (period == null || period.isBlank()) {
            throw new CommandException("cxw " + command + ": " + file + " has no current period; give --period "
                    + "like 2026-Q3");
        }
        return check(command, period);
    }

    /** Refuses a period that is not like {@code 2026-Q3} or {@code 2026-09}. */
    static String check(String command, String period) throws CommandException {
        if (!ReportingPeriod.isValid(period)) {
            throw new CommandException("cxw " + command + ": --period '" + period
                    + "' is not a period like 2026-Q3 or 2026-09");
        }
        return period.trim();
    }
}
