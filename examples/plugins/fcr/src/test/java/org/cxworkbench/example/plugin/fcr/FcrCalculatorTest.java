package org.cxworkbench.example.plugin.fcr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cxworkbench.api.kpi.KpiResult;
import org.cxworkbench.model.CxStrategyFactory;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.Measurement;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.ValueCount;
import org.junit.jupiter.api.Test;

class FcrCalculatorTest {

    private final FcrCalculator calculator = new FcrCalculator();
    private final Strategy strategy = CxStrategyFactory.eINSTANCE.createStrategy();
    private final KpiDefinition fcr = FcrDefinitionProvider.create();

    FcrCalculatorTest() {
        strategy.getKpiDefinitions().add(fcr);
    }

    @Test
    void theDefinitionNamesTheCalculator() {
        assertEquals("FCR", fcr.getCode());
        assertEquals("fcr", fcr.getCalculator());
        assertEquals("%", fcr.getUnit());
        assertTrue(fcr.isHigherIsBetter());
        assertEquals(org.cxworkbench.model.KpiKind.CUSTOM, fcr.getKind());
        assertTrue(calculator.supports(fcr));
        KpiDefinition nps = CxStrategyFactory.eINSTANCE.createKpiDefinition();
        nps.setCode("NPS");
        assertFalse(calculator.supports(nps));
        assertEquals(1, new FcrDefinitionProvider().definitions().size());
    }

    @Test
    void shareOfResolvedTicketsResolvedInTheFirstContact() {
        measure("2026-Q3", "", 300, 100);
        KpiResult result = calculator.compute(strategy, fcr, "2026-Q3", "").orElseThrow();
        assertEquals(75.0, result.value(), 1e-9);
        assertEquals(400, result.n());
        assertEquals(300.0, result.detail("firstContact"));
        assertEquals(100.0, result.detail("laterContact"));
        assertEquals("%", result.unit());
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void boundariesAllAndNoneInTheFirstContact() {
        measure("2026-Q1", "", 12, 0);
        measure("2026-Q2", "", 0, 7);
        assertEquals(100.0, calculator.compute(strategy, fcr, "2026-Q1", "").orElseThrow().value(), 1e-9);
        assertEquals(0.0, calculator.compute(strategy, fcr, "2026-Q2", "").orElseThrow().value(), 1e-9);
    }

    @Test
    void noDataMeansNoValue() {
        assertTrue(calculator.compute(strategy, fcr, "2026-Q3", "").isEmpty());
        measure("2026-Q3", "channel=Email", 5, 5);
        assertTrue(calculator.compute(strategy, fcr, "2026-Q3", "").isEmpty(), "a segment is not all tickets");
        assertTrue(calculator.compute(strategy, fcr, "2026-Q2", "channel=Email").isEmpty(), "another period");
        assertEquals(50.0, calculator.compute(strategy, fcr, "2026-Q3", "channel=Email").orElseThrow().value(), 1e-9);
    }

    @Test
    void severalMeasurementsOfAPeriodAddUp() {
        measure("2026-Q3", "", 1, 1);
        measure("2026-Q3", "", 2, 0);
        assertEquals(75.0, calculator.compute(strategy, fcr, "2026-Q3", null).orElseThrow().value(), 1e-9);
    }

    @Test
    void binsWithOtherValuesAreNotCountedAndWarned() {
        Measurement m = measure("2026-Q3", "", 1, 1);
        ValueCount odd = CxStrategyFactory.eINSTANCE.createValueCount();
        odd.setValue(3);
        odd.setCount(4);
        m.getBins().add(odd);
        KpiResult result = calculator.compute(strategy, fcr, "2026-Q3", "").orElseThrow();
        assertEquals(50.0, result.value(), 1e-9);
        assertEquals(2, result.n());
        assertTrue(result.warnings().get(0).startsWith("4 tickets of FCR in 2026-Q3"), result.warnings().toString());
    }

    private Measurement measure(String period, String segment, long first, long later) {
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
        return m;
    }
}
