package org.cxworkbench.example.plugin.fcr;

import org.cxworkbench.model.CxStrategyFactory;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.Measurement;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.ValueCount;

/** FCR measurements as {@code cxw import-fcr} stores them, for tests: bins 1 (first contact) and 0 (later). */
final class FcrMeasurements {

    private FcrMeasurements() {
    }

    /** Adds the measurement of {@code first} tickets resolved in the first contact and {@code later} others. */
    static void add(Strategy strategy, KpiDefinition fcr, String period, String segment, long first, long later) {
        Measurement m = CxStrategyFactory.eINSTANCE.createMeasurement();
        m.setKpi(fcr);
        m.setPeriod(period);
        m.setSegmentKey(segment);
        m.setCount(first + later);
        for (double value : new double[] {1, 0}) {
            ValueCount bin = CxStrategyFactory.eINSTANCE.createValueCount();
            bin.setValue(value);
            bin.setCount(value == 1 ? first : later);
            m.getBins().add(bin);
        }
        strategy.getMeasurements().add(m);
    }
}
