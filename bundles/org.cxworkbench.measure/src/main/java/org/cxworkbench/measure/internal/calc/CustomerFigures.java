package org.cxworkbench.measure.internal.calc;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.cxworkbench.model.CustomerCount;
import org.cxworkbench.model.Strategy;

/**
 * The customer counts of one period and segment, and the four labelled rates computed from them, each in
 * the same order of operations as the report's live formulas. A rate is NaN when a count it needs is
 * not recorded or there were no customers at the start.
 */
public record CustomerFigures(CustomerCount counts) {

    /** The counts of the period and segment, if recorded. */
    public static Optional<CustomerFigures> of(Strategy strategy, String period, String segmentKey) {
        return strategy.getCustomerCounts().stream()
                .filter(c -> period.equals(c.getPeriod())
                        && Segments.key(c.getSegmentKey()).equals(Segments.key(segmentKey)))
                .reduce((first, second) -> second)
                .map(CustomerFigures::new);
    }

    public boolean hasStart() {
        return counts.isSetAtStart() && counts.getAtStart() > 0;
    }

    /** Churn rate: churned / start x 100. */
    public double churnRate() {
        return hasStart() && counts.isSetChurned() ? Results.percent(counts.getChurned(), counts.getAtStart())
                : Double.NaN;
    }

    /** Net customer loss: (start - end) / start x 100; it hides customers gained. */
    public double netCustomerLoss() {
        return hasStart() && counts.isSetAtEnd()
                ? Results.percent(counts.getAtStart() - counts.getAtEnd(), counts.getAtStart()) : Double.NaN;
    }

    /** Retention rate: (end - new) / start x 100. */
    public double retentionRate() {
        return hasStart() && counts.isSetAtEnd() && counts.isSetNewCustomers()
                ? Results.percent(counts.getAtEnd() - counts.getNewCustomers(), counts.getAtStart()) : Double.NaN;
    }

    /** Gross retention (simple): end / start x 100. */
    public double grossRetentionSimple() {
        return hasStart() && counts.isSetAtEnd() ? Results.percent(counts.getAtEnd(), counts.getAtStart())
                : Double.NaN;
    }

    /** Customers at start, the base of every rate (0 when not recorded). */
    public long base() {
        return counts.isSetAtStart() ? counts.getAtStart() : 0;
    }

    /** The recorded counts, by name. */
    public Map<String, Double> countDetails() {
        Map<String, Double> details = new LinkedHashMap<>();
        if (counts.isSetAtStart()) {
            details.put("customersAtStart", (double) counts.getAtStart());
        }
        if (counts.isSetAtEnd()) {
            details.put("customersAtEnd", (double) counts.getAtEnd());
        }
        if (counts.isSetNewCustomers()) {
            details.put("newCustomers", (double) counts.getNewCustomers());
        }
        if (counts.isSetChurned()) {
            details.put("churned", (double) counts.getChurned());
        }
        return details;
    }
}
