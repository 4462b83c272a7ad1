package org.cxworkbench.measure.internal.calc;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.Measurement;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.ValueCount;

/**
 * The answers to one KPI in one period and segment, merged over every {@link Measurement} that holds
 * them (one per survey). When per-score bins exist, the count and sums are taken from them, so every
 * figure derives from the same numbers.
 *
 * @param count the number of valid answers
 * @param sum the sum of the answers
 * @param sumOfSquares the sum of the squared answers
 * @param bins answers per score value, ascending; empty if the importer stored none
 */
public record RatingData(long count, double sum, double sumOfSquares, NavigableMap<Double, Long> bins) {

    public RatingData {
        bins = Collections.unmodifiableNavigableMap(new TreeMap<>(bins));
    }

    /** The merged answers, or empty if no measurement of the definition covers the period and segment. */
    public static Optional<RatingData> of(Strategy strategy, KpiDefinition definition, String period,
            String segmentKey) {
        List<Measurement> matching = strategy.getMeasurements().stream()
                .filter(m -> m.getKpi() == definition && period.equals(m.getPeriod())
                        && Segments.key(m.getSegmentKey()).equals(Segments.key(segmentKey)))
                .toList();
        if (matching.isEmpty()) {
            return Optional.empty();
        }
        long count = 0;
        double sum = 0;
        double sumOfSquares = 0;
        TreeMap<Double, Long> bins = new TreeMap<>();
        for (Measurement m : matching) {
            count += m.getCount();
            sum += m.getSum();
            sumOfSquares += m.getSumOfSquares();
            for (ValueCount bin : m.getBins()) {
                bins.merge(bin.getValue(), bin.getCount(), Long::sum);
            }
        }
        if (!bins.isEmpty()) {
            count = 0;
            sum = 0;
            sumOfSquares = 0;
            for (Map.Entry<Double, Long> bin : bins.entrySet()) {
                count += bin.getValue();
                sum += bin.getKey() * bin.getValue();
                sumOfSquares += bin.getKey() * bin.getKey() * bin.getValue();
            }
        }
        return Optional.of(new RatingData(count, sum, sumOfSquares, bins));
    }

    /** Whether per-score counts are available. */
    public boolean hasBins() {
        return !bins.isEmpty();
    }

    /** The number of answers of at least {@code min}. */
    public long countAtLeast(double min) {
        return bins.tailMap(min).values().stream().mapToLong(Long::longValue).sum();
    }

    /** The number of answers of at most {@code max}. */
    public long countAtMost(double max) {
        return bins.headMap(max, true).values().stream().mapToLong(Long::longValue).sum();
    }

    /** The mean answer: sum / count. */
    public double mean() {
        return count == 0 ? Double.NaN : sum / count;
    }

    /** The population standard deviation of the answers. */
    public double standardDeviation() {
        if (count == 0) {
            return Double.NaN;
        }
        double mean = mean();
        return Math.sqrt(Math.max(0, sumOfSquares / count - mean * mean));
    }
}
