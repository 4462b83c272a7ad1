package org.cxworkbench.measure.internal.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.cxworkbench.api.kpi.KpiResult;
import org.cxworkbench.measure.api.KpiDefinitions;
import org.cxworkbench.measure.internal.Fixtures;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.Strategy;
import org.junit.jupiter.api.Test;

class RatingCalculatorsTest {

    private static final double EXACT = 1e-9;

    private final Strategy strategy = Fixtures.strategy();

    private KpiResult csat(KpiDefinition d, Map<Integer, Long> bins) {
        strategy.getKpiDefinitions().add(d);
        Fixtures.answers(strategy, d, "2026-Q3", "", bins);
        return new CsatCalculator().compute(strategy, d, "2026-Q3", "").orElseThrow();
    }

    @Test
    void csatTopBoxOnOneToFiveStartsAtFour() {
        KpiResult r = csat(KpiDefinitions.csat(5), Map.of(3, 1L, 4, 1L, 5, 2L));
        assertEquals(3, r.detail("topBox"), EXACT);
        assertEquals(75.0, r.value(), EXACT);
        assertEquals(17.0 / 4, r.detail("mean"), EXACT);
        assertEquals("%", r.unit());
    }

    @Test
    void csatTopBoxOnOneToSevenStartsAtSix() {
        KpiResult r = csat(KpiDefinitions.csat(7), Map.of(5, 2L, 6, 1L, 7, 1L));
        assertEquals(2, r.detail("topBox"), EXACT);
        assertEquals(50.0, r.value(), EXACT);
        assertEquals(4.5 + 1.25, r.detail("mean"), EXACT);
    }

    @Test
    void csatTopBoxOnOneToTenStartsAtNine() {
        KpiResult r = csat(KpiDefinitions.csat(10), Map.of(8, 3L, 9, 1L, 10, 1L, 1, 3L));
        assertEquals(2, r.detail("topBox"), EXACT);
        assertEquals(25.0, r.value(), EXACT);
        assertEquals((24 + 9 + 10 + 3) / 8.0, r.detail("mean"), EXACT);
    }

    @Test
    void csatDefinitionsCarryTheirThresholds() {
        assertEquals(4, KpiDefinitions.csat(5).getTopBoxMin());
        assertEquals(6, KpiDefinitions.csat(7).getTopBoxMin());
        assertEquals(9, KpiDefinitions.csat(10).getTopBoxMin());
        assertEquals("CSAT_1_7", KpiDefinitions.csat(7).getCode());
    }

    @Test
    void cesIsTheMeanWithItsDistribution() {
        KpiDefinition ces = Fixtures.definition(strategy, "CES");
        Fixtures.answers(strategy, ces, "2026-Q3", "", Map.of(7, 3L, 6, 4L, 2, 1L));
        KpiResult r = new CesCalculator().compute(strategy, ces, "2026-Q3", "").orElseThrow();
        assertEquals((21 + 24 + 2) / 8.0, r.value(), EXACT);
        assertEquals(3, r.detail("count.7"), EXACT);
        assertEquals(4, r.detail("count.6"), EXACT);
        assertEquals(1, r.detail("count.2"), EXACT);
        assertEquals(8, r.n());
        assertTrue(ces.isHigherIsBetter());
        assertEquals(7, ces.getScaleMax());
    }

    @Test
    void cesEffortWordingIsLowerIsBetter() {
        KpiDefinition effort = KpiDefinitions.ces(5, false);
        strategy.getKpiDefinitions().add(effort);
        Fixtures.answers(strategy, effort, "2026-Q3", "", Map.of(1, 2L, 2, 1L, 5, 1L));
        KpiResult r = new CesCalculator().compute(strategy, effort, "2026-Q3", "").orElseThrow();
        assertEquals((1 * 2 + 2 * 1 + 5 * 1) / 4.0, r.value(), EXACT);
        assertFalse(effort.isHigherIsBetter());
        assertEquals("CES_EFFORT_1_5", effort.getCode());
        assertTrue(effort.getQuestion().contains("effort"));
        assertEquals(5, effort.getScaleMax());
    }

    @Test
    void customRatingIsTheMean() {
        KpiDefinition rating = KpiDefinitions.rating("APP", "App rating", "How do you rate our app?", 1, 10, true);
        strategy.getKpiDefinitions().add(rating);
        Fixtures.answers(strategy, rating, "2026-Q3", "", Map.of(10, 1L, 8, 1L, 3, 2L));
        KpiResult r = new RatingCalculator().compute(strategy, rating, "2026-Q3", "").orElseThrow();
        assertEquals(6.0, r.value(), EXACT);
        assertEquals(Math.sqrt((100 + 64 + 18) / 4.0 - 36), r.detail("standardDeviation"), EXACT);
        assertFalse(new RatingCalculator().supports(Fixtures.definition(strategy, "NPS")));
    }

    @Test
    void yesNoIsTheShareOfYes() {
        KpiDefinition found = KpiDefinitions.yesNo("FOUND", "Found what you looked for", "Did you find it?");
        strategy.getKpiDefinitions().add(found);
        Fixtures.answers(strategy, found, "2026-Q3", "", Map.of(1, 3L, 0, 5L));
        KpiResult r = new YesNoCalculator().compute(strategy, found, "2026-Q3", "").orElseThrow();
        assertEquals(37.5, r.value(), EXACT);
        assertEquals(3, r.detail("yes"), EXACT);
        assertEquals(5, r.detail("no"), EXACT);
    }
}
