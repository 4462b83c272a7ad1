package org.cxworkbench.measure.internal.calc;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import org.cxworkbench.model.DurationMeasurement;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.ValueCount;

/**
 * The durations of one KPI in one period and segment, merged over every {@link DurationMeasurement}
 * holding them (one per import adds to the same aggregate, but several are accepted).
 *
 * @param count the number of durations
 * @param sumSeconds their exact elapsed sum in seconds
 * @param businessSumSeconds their sum in business-hours seconds
 * @param minutes elapsed durations per whole minute
 * @param businessMinutes business-hours durations per whole minute; empty if not imported with business hours
 */
public record DurationData(long count, double sumSeconds, double businessSumSeconds, MinuteDistribution minutes,
        MinuteDistribution businessMinutes) {

    /** The merged durations, or empty if none covers the period and segment. */
    public static Optional<DurationData> of(Strategy strategy, KpiDefinition definition, String period,
            String segmentKey) {
        List<DurationMeasurement> matching = strategy.getDurationMeasurements().stream()
                .filter(m -> m.getKpi() == definition && period.equals(m.getPeriod())
                        && Segments.key(m.getSegmentKey()).equals(Segments.key(segmentKey)))
                .toList();
        if (matching.isEmpty()) {
            return Optional.empty();
        }
        long count = 0;
        double sum = 0;
        double businessSum = 0;
        TreeMap<Double, Long> bins = new TreeMap<>();
        TreeMap<Double, Long> businessBins = new TreeMap<>();
        for (DurationMeasurement m : matching) {
            count += m.getCount();
            sum += m.getSumSeconds();
            businessSum += m.getBusinessSumSeconds();
            for (ValueCount bin : m.getBins()) {
                bins.merge(bin.getValue(), bin.getCount(), Long::sum);
            }
            for (ValueCount bin : m.getBusinessBins()) {
                businessBins.merge(bin.getValue(), bin.getCount(), Long::sum);
            }
        }
        return Optional.of(new DurationData(count, sum, businessSum, new MinuteDistribution(bins),
                new MinuteDistribution(businessBins)));
    }

    /** The mean elapsed duration in hours: sumSeconds / 3600 / count. */
    public double meanHours() {
        return count == 0 ? Double.NaN : sumSeconds / 3600.0 / count;
    }

    /** Whether the business-hours variant was imported. */
    public boolean hasBusinessHours() {
        return !businessMinutes.isEmpty();
    }

    /** The mean business-hours duration in hours: businessSumSeconds / 3600 / count. */
    public double businessMeanHours() {
        return count == 0 || !hasBusinessHours() ? Double.NaN : businessSumSeconds / 3600.0 / count;
    }
}
