package org.cxworkbench.measure.internal.tickets;

import java.time.Duration;
import java.util.TreeMap;

/**
 * The durations of one KPI, period and segment collected from a ticket export before they are written
 * into the strategy: count, exact sums in seconds and whole-minute bins, elapsed and in business hours.
 */
final class DurationAccumulator {

    long count;
    double sumSeconds;
    double businessSumSeconds;
    final TreeMap<Double, Long> minutes = new TreeMap<>();
    final TreeMap<Double, Long> businessMinutes = new TreeMap<>();

    void add(Duration elapsed, Duration business) {
        count++;
        sumSeconds += seconds(elapsed);
        minutes.merge((double) elapsed.toMinutes(), 1L, Long::sum);
        if (business != null) {
            businessSumSeconds += seconds(business);
            businessMinutes.merge((double) business.toMinutes(), 1L, Long::sum);
        }
    }

    private static double seconds(Duration d) {
        return d.getSeconds() + d.getNano() / 1e9;
    }
}
