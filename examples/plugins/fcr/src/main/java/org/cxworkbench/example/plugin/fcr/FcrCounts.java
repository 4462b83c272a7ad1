package org.cxworkbench.example.plugin.fcr;

import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.Measurement;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.ValueCount;

/**
 * The resolved tickets of one period and segment, and how many of them were resolved in the first contact,
 * summed over the FCR measurements (bins: value 1 = resolved in the first contact, value 0 = not).
 *
 * @param resolved resolved tickets
 * @param first of those, resolved in the first contact
 * @param ignored tickets in bins with a value other than 0 or 1 (not counted)
 */
record FcrCounts(long resolved, long first, long ignored) {

    static final FcrCounts NONE = new FcrCounts(0, 0, 0);

    /** The counts of a definition's measurements for a period and segment ({@code ""} for all tickets). */
    static FcrCounts of(Strategy strategy, KpiDefinition definition, String period, String segmentKey) {
        long resolved = 0;
        long first = 0;
        long ignored = 0;
        String segment = segmentKey == null ? "" : segmentKey;
        for (Measurement m : strategy.getMeasurements()) {
            if (m.getKpi() != definition || !period.equals(m.getPeriod())
                    || !segment.equals(m.getSegmentKey() == null ? "" : m.getSegmentKey())) {
                continue;
            }
            for (ValueCount bin : m.getBins()) {
                if (bin.getCount() <= 0) {
                    continue;
                }
                if (bin.getValue() == 1d) {
                    first += bin.getCount();
                    resolved += bin.getCount();
                } else if (bin.getValue() == 0d) {
                    resolved += bin.getCount();
                } else {
                    ignored += bin.getCount();
                }
            }
        }
        return new FcrCounts(resolved, first, ignored);
    }

    /** FCR in percent, NaN without resolved tickets. */
    double percent() {
        return resolved == 0 ? Double.NaN : 100d * first / resolved;
    }

    FcrCounts plus(boolean firstContact) {
        return new FcrCounts(resolved + 1, first + (firstContact ? 1 : 0), ignored);
    }
}
