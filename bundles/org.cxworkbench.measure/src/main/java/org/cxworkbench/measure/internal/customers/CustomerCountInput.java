package org.cxworkbench.measure.internal.customers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cxworkbench.measure.api.Periods;
import org.cxworkbench.measure.internal.calc.Segments;
import org.cxworkbench.model.CustomerCount;
import org.cxworkbench.model.CxStrategyFactory;
import org.cxworkbench.model.Strategy;

/**
 * Customer counts for one period and segment as typed or read from a file, before they are checked and
 * set. {@code null} means not recorded (only new customers and churned may be missing).
 */
record CustomerCountInput(String period, String segmentKey, Long atStart, Long atEnd, Long newCustomers,
        Long churned) {

    /** What is wrong with the counts, in words; empty if they can be set. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!Periods.isValid(period)) {
            problems.add("period '" + period + "' is not a quarter like 2026-Q3 or a month like 2026-09");
        }
        if (!Segments.isWellFormed(segmentKey)) {
            problems.add("segment '" + segmentKey + "' is not dimension=value, e.g. region=North");
        }
        if (atStart == null) {
            problems.add("customers at start are required");
        }
        if (atEnd == null) {
            problems.add("customers at end are required");
        }
        negative(problems, "customers at start", atStart);
        negative(problems, "customers at end", atEnd);
        negative(problems, "new customers", newCustomers);
        negative(problems, "churned customers", churned);
        if (!problems.isEmpty()) {
            return problems;
        }
        if (newCustomers != null && atEnd > atStart + newCustomers) {
            problems.add("customers at end (" + atEnd + ") exceed customers at start plus new customers ("
                    + atStart + " + " + newCustomers + " = " + (atStart + newCustomers) + ")");
        }
        if (churned != null && churned > atStart) {
            problems.add("churned customers (" + churned + ") exceed customers at start (" + atStart + ")");
        }
        return problems;
    }

    /**
     * Sets the counts of the period and segment, replacing earlier ones (counts not given here are unset).
     *
     * @return whether earlier counts were replaced
     */
    boolean applyTo(Strategy strategy) {
        String segment = Segments.key(segmentKey);
        Optional<CustomerCount> existing = strategy.getCustomerCounts().stream()
                .filter(c -> period.equals(c.getPeriod()) && segment.equals(Segments.key(c.getSegmentKey())))
                .findFirst();
        CustomerCount count = existing.orElseGet(() -> {
            CustomerCount created = CxStrategyFactory.eINSTANCE.createCustomerCount();
            created.setPeriod(period);
            created.setSegmentKey(segment);
            strategy.getCustomerCounts().add(created);
            return created;
        });
        count.setAtStart(atStart);
        count.setAtEnd(atEnd);
        if (newCustomers == null) {
            count.unsetNewCustomers();
        } else {
            count.setNewCustomers(newCustomers);
        }
        if (churned == null) {
            count.unsetChurned();
        } else {
            count.setChurned(churned);
        }
        return existing.isPresent();
    }

    private static void negative(List<String> problems, String what, Long value) {
        if (value != null && value < 0) {
            problems.add(what + " (" + value + ") must not be negative");
        }
    }

    /**
     * Parses a count; {@code null} for a blank text.
     *
     * @throws NumberFormatException with a message naming {@code what} if it is not a whole number
     */
    static Long parseCount(String what, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new NumberFormatException(what + " '" + text.trim() + "' is not a whole number");
        }
    }
}
