package org.cxworkbench.measure.internal.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cxworkbench.api.kpi.KpiResult;
import org.cxworkbench.measure.internal.Fixtures;
import org.cxworkbench.model.CxStrategyFactory;
import org.cxworkbench.model.DurationMeasurement;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.ValueCount;
import org.junit.jupiter.api.Test;

class DurationCalculatorsTest {

    private static final double EXACT = 1e-9;

    private final Strategy strategy = Fixtures.strategy();
    private final KpiDefinition response = Fixtures.definition(strategy, "RESPONSE_TIME");
    private final KpiDefinition resolution = Fixtures.definition(strategy, "RESOLUTION_TIME");

    @Test
    void meanMedianAndP90OfAnOddCount() {
        Fixtures.durations(strategy, response, "2026-Q3", "", 10, 20, 30, 40, 600);
        KpiResult r = new ResponseTimeCalculator().compute(strategy, response, "2026-Q3", "").orElseThrow();
        assertEquals(700 / 60.0 / 5, r.value(), EXACT);
        assertEquals(r.value(), r.detail("mean"), EXACT);
        assertEquals(0.5, r.detail("median"), EXACT);
        // nearest rank ceil(0.9 x 5) = 5: 600 minutes.
        assertEquals(10.0, r.detail("p90"), EXACT);
        assertEquals(5, r.n());
        assertFalse(r.details().containsKey("businessMean"));
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        Fixtures.durations(strategy, resolution, "2026-Q3", "", 40, 10, 30, 20);
        KpiResult r = new ResolutionTimeCalculator().compute(strategy, resolution, "2026-Q3", "").orElseThrow();
        assertEquals(25 / 60.0, r.detail("median"), EXACT);
        assertEquals(40 / 60.0, r.detail("p90"), EXACT);
        assertEquals(100 / 60.0 / 4, r.value(), EXACT);
    }

    @Test
    void p90OfThirtyIsTheTwentySeventhValue() {
        long[] minutes = new long[30];
        for (int i = 0; i < 30; i++) {
            minutes[i] = (i + 1) * 60L;
        }
        Fixtures.durations(strategy, resolution, "2026-Q3", "", minutes);
        KpiResult r = new ResolutionTimeCalculator().compute(strategy, resolution, "2026-Q3", "").orElseThrow();
        assertEquals(27.0, r.detail("p90"), EXACT);
        assertEquals(15.5, r.detail("median"), EXACT);
        assertEquals(15.5, r.value(), EXACT);
    }

    @Test
    void businessHoursVariantWhenImportedSo() {
        DurationMeasurement m = Fixtures.durations(strategy, resolution, "2026-Q3", "", 66 * 60, 60);
        m.setBusinessSumSeconds((120 + 60) * 60.0);
        addBin(m, 120);
        addBin(m, 60);
        KpiResult r = new ResolutionTimeCalculator().compute(strategy, resolution, "2026-Q3", "").orElseThrow();
        assertEquals(33.5, r.value(), EXACT);
        assertEquals(1.5, r.detail("businessMean"), EXACT);
        assertEquals(1.5, r.detail("businessMedian"), EXACT);
        assertEquals(2.0, r.detail("businessP90"), EXACT);
    }

    @Test
    void exactSecondsMakeTheMeanNotTheMinuteBins() {
        DurationMeasurement m = Fixtures.durations(strategy, response, "2026-Q3", "", 1, 1);
        m.setSumSeconds(90 + 100);
        KpiResult r = new ResponseTimeCalculator().compute(strategy, response, "2026-Q3", "").orElseThrow();
        assertEquals(190 / 3600.0 / 2, r.value(), EXACT);
        assertEquals(1 / 60.0, r.detail("median"), EXACT);
    }

    @Test
    void cuttingTimeToResolveByTwentyPercent() {
        // "Cut the time to resolve an issue by 20 % this quarter": 10 h on average in Q2, 8 h in Q3.
        Fixtures.durations(strategy, resolution, "2026-Q2", "", 9 * 60, 11 * 60);
        Fixtures.durations(strategy, resolution, "2026-Q3", "", 7 * 60, 9 * 60);
        ResolutionTimeCalculator calculator = new ResolutionTimeCalculator();
        double before = calculator.compute(strategy, resolution, "2026-Q2", "").orElseThrow().value();
        double after = calculator.compute(strategy, resolution, "2026-Q3", "").orElseThrow().value();
        assertEquals(-20.0, (after - before) / before * 100, EXACT);
        assertTrue(calculator.supports(resolution));
        assertFalse(calculator.supports(response));
    }

    private static void addBin(DurationMeasurement m, double minutes) {
        ValueCount v = CxStrategyFactory.eINSTANCE.createValueCount();
        v.setValue(minutes);
        v.setCount(1);
        m.getBusinessBins().add(v);
    }
}
