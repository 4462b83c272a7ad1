package org.cxworkbench.measure.internal.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.cxworkbench.api.kpi.KpiResult;
import org.cxworkbench.measure.internal.Fixtures;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.Strategy;
import org.junit.jupiter.api.Test;

class NpsCalculatorTest {

    private static final double EXACT = 1e-9;

    private final Strategy strategy = Fixtures.strategy();
    private final KpiDefinition nps = Fixtures.definition(strategy, "NPS");
    private final NpsCalculator calculator = new NpsCalculator();

    private KpiResult compute(Map<Integer, Long> bins) {
        Fixtures.answers(strategy, nps, "2026-Q3", "", bins);
        return calculator.compute(strategy, nps, "2026-Q3", "").orElseThrow();
    }

    @Test
    void sixIsDetractorSevenIsPassive() {
        KpiResult r = compute(Map.of(6, 1L, 7, 1L));
        assertEquals(1, r.detail("detractors"), EXACT);
        assertEquals(1, r.detail("passives"), EXACT);
        assertEquals(0, r.detail("promoters"), EXACT);
        assertEquals(-50.0, r.value(), EXACT);
    }

    @Test
    void eightIsPassiveNineIsPromoter() {
        KpiResult r = compute(Map.of(8, 1L, 9, 1L));
        assertEquals(1, r.detail("passives"), EXACT);
        assertEquals(1, r.detail("promoters"), EXACT);
        assertEquals(0, r.detail("detractors"), EXACT);
        assertEquals(50.0, r.value(), EXACT);
    }

    @Test
    void allPromotersIsPlusHundred() {
        KpiResult r = compute(Map.of(9, 12L, 10, 30L));
        assertEquals(100.0, r.value(), EXACT);
        assertEquals(42, r.n());
        assertEquals(0.0, r.detail("marginOfError"), EXACT);
    }

    @Test
    void allDetractorsIsMinusHundred() {
        KpiResult r = compute(Map.of(0, 5L, 3, 5L, 6, 5L));
        assertEquals(-100.0, r.value(), EXACT);
        assertEquals(15, r.detail("detractors"), EXACT);
    }

    @Test
    void distributionAndMarginOfErrorOnAHandComputedExample() {
        // 50 promoters, 30 passives, 20 detractors of 100: NPS 30.
        // p = 0.5, d = 0.2: 100 x 1.96 x sqrt((0.5 + 0.2 - 0.3^2) / 100) = 196 x sqrt(0.0061) = 15.308089364777...
        KpiResult r = compute(Map.of(10, 20L, 9, 30L, 8, 20L, 7, 10L, 5, 15L, 0, 5L));
        assertEquals(100, r.n());
        assertEquals(50, r.detail("promoters"), EXACT);
        assertEquals(30, r.detail("passives"), EXACT);
        assertEquals(20, r.detail("detractors"), EXACT);
        assertEquals(50.0, r.detail("promotersPercent"), EXACT);
        assertEquals(30.0, r.detail("passivesPercent"), EXACT);
        assertEquals(20.0, r.detail("detractorsPercent"), EXACT);
        assertEquals(30.0, r.value(), EXACT);
        assertEquals(15.308089364777, r.detail("marginOfError"), 1e-9);
        assertEquals("points", r.unit());
        assertEquals(1, r.definitionVersion());
    }

    @Test
    void raisingNpsByOneFullPointIsVisibleInTheValue() {
        // "Raise NPS by one full point this quarter": 200 answers, 41 % promoters and 10 % detractors = 31;
        // two more promoters instead of passives = 32.
        KpiResult before = compute(Map.of(9, 82L, 8, 98L, 4, 20L));
        Strategy next = Fixtures.strategy();
        KpiDefinition nextNps = Fixtures.definition(next, "NPS");
        Fixtures.answers(next, nextNps, "2026-Q4", "", Map.of(9, 84L, 8, 96L, 4, 20L));
        KpiResult after = calculator.compute(next, nextNps, "2026-Q4", "").orElseThrow();
        assertEquals(31.0, before.value(), EXACT);
        assertEquals(1.0, after.value() - before.value(), EXACT);
    }

    @Test
    void segmentSelectsExactlyItsAggregate() {
        Fixtures.answers(strategy, nps, "2026-Q3", "", Map.of(10, 4L));
        Fixtures.answers(strategy, nps, "2026-Q3", "touchpoint=Mobile app", Map.of(0, 2L));
        assertEquals(100.0, calculator.compute(strategy, nps, "2026-Q3", "").orElseThrow().value(), EXACT);
        KpiResult mobile = calculator.compute(strategy, nps, "2026-Q3", "touchpoint=Mobile app").orElseThrow();
        assertEquals(-100.0, mobile.value(), EXACT);
        assertEquals("touchpoint=Mobile app", mobile.segmentKey());
        assertTrue(calculator.compute(strategy, nps, "2026-Q3", "touchpoint=Store").isEmpty());
        assertTrue(calculator.compute(strategy, nps, "2026-Q2", "").isEmpty());
    }

    @Test
    void answersOfSeveralSurveysAreMerged() {
        Fixtures.answers(strategy, nps, "2026-Q3", "", Map.of(10, 3L));
        Fixtures.answers(strategy, nps, "2026-Q3", "", Map.of(2, 1L));
        KpiResult r = calculator.compute(strategy, nps, "2026-Q3", "").orElseThrow();
        assertEquals(4, r.n());
        assertEquals(50.0, r.value(), EXACT);
    }

    @Test
    void aOneToTenRatingIsNotNps() {
        KpiDefinition rating = org.cxworkbench.measure.api.KpiDefinitions.rating("SAT10", "Satisfaction 1-10",
                "How satisfied?", 1, 10, true);
        assertFalse(calculator.supports(rating));
        assertTrue(calculator.supports(nps));
    }
}
