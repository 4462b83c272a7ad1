package org.cxworkbench.audit.internal;

import org.cxworkbench.api.command.CommandContext;
import org.cxworkbench.api.command.CommandException;

/** The {@code --period} option of the audit commands. */
final class CommandPeriods {

    private CommandPeriods() {
    }

    /** The option's value, {@code null} when not given; usage error when it is not a period. */
    static String option(CommandContext context, String command) throws CommandException {
        String period = context.option("--period").orElse(null);
        if (period != null && !AuditPeriods.isPeriod(period)) {
            throw new CommandException("cxw " + command + ": --period " + period
                    + " is not a period like 2026-Q3 or 2026-09");
        }
        return period;
    }
}
