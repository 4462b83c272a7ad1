package org.cxworkbench.goals.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.cxworkbench.model.Goal;
import org.cxworkbench.model.Strategy;

/**
 * The time a goal has: it starts the day after its baseline period ends (or when its own period starts, or when the
 * strategy's current period starts), and ends on its due date or at the end of its period.
 *
 * @param start the first day
 * @param end the last day
 */
record GoalWindow(LocalDate start, LocalDate end) {

    private static final double DAYS_PER_QUARTER = 365.25 / 4;

    /** The goal's window, or empty when it has neither a valid period nor a valid due date. */
    static Optional<GoalWindow> of(Goal goal) {
        Optional<LocalDate> end = Periods.date(goal.getDueDate())
                .or(() -> Periods.span(goal.getPeriod()).map(Periods.Span::end));
        if (end.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> start = Periods.span(goal.getBaselinePeriod()).map(s -> s.end().plusDays(1))
                .filter(d -> !d.isAfter(end.get()))
                .or(() -> Periods.span(goal.getPeriod()).map(Periods.Span::start))
                .or(() -> currentPeriodStart(goal).filter(d -> !d.isAfter(end.get())));
        return Optional.of(new GoalWindow(start.orElse(end.get()), end.get()));
    }

    private static Optional<LocalDate> currentPeriodStart(Goal goal) {
        Strategy strategy = GoalTree.strategyOf(goal);
        return strategy == null ? Optional.empty()
                : Periods.span(strategy.getCurrentPeriod()).map(Periods.Span::start);
    }

    /** The length in quarters (a quarter is 365.25 / 4 days), at least one day. */
    double quarters() {
        return days() / DAYS_PER_QUARTER;
    }

    private long days() {
        return Math.max(1, ChronoUnit.DAYS.between(start, end) + 1);
    }

    /** The share of the window gone at the end of day {@code asOf}, from 0 to 1. */
    double elapsedAt(LocalDate asOf) {
        double gone = ChronoUnit.DAYS.between(start, asOf) + 1;
        return Math.max(0, Math.min(1, gone / days()));
    }
}
