package org.cxworkbench.goals.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cxworkbench.api.kpi.KpiResult;
import org.cxworkbench.api.kpi.KpiService;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.Strategy;

/** What a KPI has done so far: the largest change between two consecutive quarters in its measurements. */
final class KpiHistory {

    /** The change of a KPI from one quarter to the next. */
    record QuarterChange(String from, String to, double delta) {
        double size() {
            return Math.abs(delta);
        }
    }

    private KpiHistory() {
    }

    /** The largest change between consecutive quarters for the segment, or empty without two such quarters. */
    static Optional<QuarterChange> largestQuarterChange(KpiService kpis, Strategy strategy, KpiDefinition kpi,
            String segmentKey) {
        if (kpis == null || strategy == null) {
            return Optional.empty();
        }
        List<String> quarters = new ArrayList<>(kpis.periods(strategy).stream().filter(Periods::isQuarter).toList());
        quarters.sort((a, b) -> Integer.compare(Periods.quarterIndex(a), Periods.quarterIndex(b)));
        QuarterChange largest = null;
        String previous = null;
        double previousValue = Double.NaN;
        for (String quarter : quarters) {
            double value = kpis.value(strategy, kpi, quarter, segmentKey).filter(KpiResult::hasValue)
                    .map(KpiResult::value).orElse(Double.NaN);
            if (previous != null && !Double.isNaN(value) && !Double.isNaN(previousValue)
                    && Periods.quarterIndex(quarter) == Periods.quarterIndex(previous) + 1) {
                QuarterChange change = new QuarterChange(previous, quarter, value - previousValue);
                if (largest == null || change.size() > largest.size()) {
                    largest = change;
                }
            }
            previous = quarter;
            previousValue = value;
        }
        return Optional.ofNullable(largest);
    }
}
