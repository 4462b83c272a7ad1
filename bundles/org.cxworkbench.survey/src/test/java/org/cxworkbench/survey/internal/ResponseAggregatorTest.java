package org.cxworkbench.survey.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cxworkbench.model.CxStrategyFactory;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.Measurement;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.Survey;
import org.cxworkbench.survey.api.ResponseAggregator;
import org.junit.jupiter.api.Test;

/** The reusable aggregation core, as a warehouse source would drive it. */
class ResponseAggregatorTest {

    @Test
    void groupedCountsMergeIntoExistingMeasurementsBinByBin() {
        Strategy strategy = CxStrategyFactory.eINSTANCE.createStrategy();
        KpiDefinition nps = DefaultKpiDefinitions.create("nps").orElseThrow();
        strategy.getKpiDefinitions().add(nps);
        Survey survey = CxStrategyFactory.eINSTANCE.createSurvey();
        strategy.getSurveys().add(survey);

        ResponseAggregator first = new ResponseAggregator();
        first.add("NPS", "2026-Q3", "", 9, 30);
        first.add("NPS", "2026-Q3", "", 6, 10);
        first.add("NPS", "2026-Q3", "touchpoint=Mobile app", 9, 5);
        List<ResponseAggregator.MergedMeasurement> merged = first.mergeInto(strategy, survey);
        assertEquals(2, merged.size());
        assertTrue(merged.stream().allMatch(ResponseAggregator.MergedMeasurement::created));

        ResponseAggregator second = new ResponseAggregator();
        second.add("NPS", "2026-Q3", "", 9);
        second.add("NPS", "2026-Q3", "", 7);
        second.add("NPS", "2026-Q3", "", 10, 0);
        second.mergeInto(strategy, survey);

        assertEquals(2, strategy.getMeasurements().size());
        Measurement all = strategy.getMeasurements().get(0);
        assertEquals(42, all.getCount());
        assertEquals(31 * 9 + 10 * 6 + 7, all.getSum());
        assertEquals(31 * 81 + 10 * 36 + 49, all.getSumOfSquares());
        assertEquals(List.of(6.0, 7.0, 9.0), all.getBins().stream().map(b -> b.getValue()).toList());
        assertEquals(List.of(10L, 1L, 31L), all.getBins().stream().map(b -> b.getCount()).toList());
    }

    @Test
    void unknownKpiChangesNothing() {
        Strategy strategy = CxStrategyFactory.eINSTANCE.createStrategy();
        ResponseAggregator aggregator = new ResponseAggregator();
        aggregator.add("NPS", "2026-Q3", "", 9);
        assertThrows(IllegalArgumentException.class, () -> aggregator.mergeInto(strategy, null));
        assertTrue(strategy.getMeasurements().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> aggregator.add("NPS", "2026-Q3", "", 9, -1));
    }

    @Test
    void scoreCountsGrowBothWays() {
        ResponseAggregator aggregator = new ResponseAggregator();
        aggregator.add("X", "2026-Q3", "", 5);
        aggregator.add("X", "2026-Q3", "", -3);
        aggregator.add("X", "2026-Q3", "", 40);
        var counts = aggregator.aggregates().values().iterator().next();
        assertEquals(3, counts.count());
        assertEquals(42, counts.sum());
        assertEquals(-3, counts.lowest());
        assertEquals(1, counts.countOf(40));
    }
}
