package org.cxworkbench.measure.internal.calc;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Durations counted per whole minute, with order statistics. The median of an even count is the mean of
 * the two middle values; other percentiles use the nearest rank (the smallest value with at least
 * {@code ceil(percent x n / 100)} values at or below it).
 */
public final class MinuteDistribution {

    private final SortedMap<Double, Long> bins;
    private final long total;

    public MinuteDistribution(SortedMap<Double, Long> bins) {
        this.bins = Collections.unmodifiableSortedMap(new TreeMap<>(bins));
        this.total = bins.values().stream().mapToLong(Long::longValue).sum();
    }

    public boolean isEmpty() {
        return total == 0;
    }

    /** The number of durations counted. */
    public long total() {
        return total;
    }

    /** The counts per minute, ascending. */
    public SortedMap<Double, Long> bins() {
        return bins;
    }

    /** The median in hours, NaN when empty. */
    public double medianHours() {
        if (total == 0) {
            return Double.NaN;
        }
        if (total % 2 == 1) {
            return valueAtRank((total + 1) / 2) / 60.0;
        }
        return (valueAtRank(total / 2) + valueAtRank(total / 2 + 1)) / 2.0 / 60.0;
    }

    /**
     * The nearest-rank percentile in hours, NaN when empty: the value at rank ceil(percent x n / 100),
     * computed in integers so that no rounding moves the rank.
     */
    public double percentileHours(int percent) {
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("percentile " + percent + " is not between 1 and 100");
        }
        if (total == 0) {
            return Double.NaN;
        }
        long rank = (percent * total + 99) / 100;
        return valueAtRank(rank) / 60.0;
    }

    /** The value (in minutes) at a 1-based rank in ascending order. */
    private double valueAtRank(long rank) {
        long seen = 0;
        for (Map.Entry<Double, Long> bin : bins.entrySet()) {
            seen += bin.getValue();
            if (seen >= rank) {
                return bin.getKey();
            }
        }
        throw new IllegalStateException("rank " + rank + " beyond " + total);
    }
}
