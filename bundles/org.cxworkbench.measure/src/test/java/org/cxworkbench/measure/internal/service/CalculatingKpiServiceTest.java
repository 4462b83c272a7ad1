package org.cxworkbench.measure.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cxworkbench.api.kpi.KpiCalculator;
import org.cxworkbench.api.kpi.KpiResult;
import org.cxworkbench.measure.internal.Fixtures;
import org.cxworkbench.measure.internal.calc.ChurnCalculator;
import org.cxworkbench.measure.internal.calc.CsatCalculator;
import org.cxworkbench.measure.internal.calc.NpsCalculator;
import org.cxworkbench.measure.internal.calc.Results;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.KpiKind;
import org.cxworkbench.model.Strategy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CalculatingKpiServiceTest {

    private static final double EXACT = 1e-9;

    private final Strategy strategy = Fixtures.strategy();
    private final CalculatingKpiService service = new CalculatingKpiService();

    @BeforeEach
    void register() {
        service.addCalculator(new NpsCalculator(), props(NpsCalculator.ID, 1L));
        service.addCalculator(new CsatCalculator(), props(CsatCalculator.ID, 2L));
        service.addCalculator(new ChurnCalculator(), props(ChurnCalculator.ID, 3L));
    }

    private static Map<String, Object> props(String id, long serviceId) {
        return Map.of(KpiCalculator.ID, id, "service.id", serviceId);
    }

    @Test
    void periodsAreChronological() {
        Fixtures.answers(strategy, Fixtures.definition(strategy, "NPS"), "2026-Q3", "", Map.of(9, 40L));
        Fixtures.answers(strategy, Fixtures.definition(strategy, "NPS"), "2025-Q4", "", Map.of(9, 40L));
        Fixtures.customers(strategy, "2026-Q1", "", 500L, 450L, null, null);
        assertEquals(List.of("2025-Q4", "2026-Q1", "2026-Q3"), service.periods(strategy));
    }

    @Test
    void aThrowingCalculatorIsContained() {
        service.addCalculator(new KpiCalculator() {
            @Override
            public boolean supports(KpiDefinition definition) {
                return false;
            }

            @Override
            public Optional<KpiResult> compute(Strategy s, KpiDefinition d, String period, String segmentKey) {
                throw new IllegalStateException("division by zero in plugin");
            }
        }, props("broken-plugin", 9L));
        KpiDefinition custom = org.cxworkbench.measure.api.KpiDefinitions.rating("FCR", "First contact resolution",
                "Was your issue solved at first contact?", 1, 5, true);
        custom.setCalculator("broken-plugin");
        strategy.getKpiDefinitions().add(custom);
        Fixtures.answers(strategy, custom, "2026-Q3", "", Map.of(5, 40L));
        Fixtures.answers(strategy, Fixtures.definition(strategy, "NPS"), "2026-Q3", "", Map.of(10, 40L));
        Fixtures.customers(strategy, "2026-Q3", "", 500L, 450L, null, 70L);

        List<KpiResult> results = service.compute(strategy, "2026-Q3", null);

        KpiResult broken = results.stream().filter(r -> r.code().equals("FCR")).findFirst().orElseThrow();
        assertFalse(broken.hasValue());
        assertTrue(broken.warnings().get(0).startsWith("calculator 'broken-plugin'"), broken.warnings().toString());
        assertTrue(broken.warnings().get(0).contains("division by zero in plugin"));
        assertEquals(100.0, results.stream().filter(r -> r.code().equals("NPS")).findFirst().orElseThrow().value(), EXACT);
        assertEquals(14.0, results.stream().filter(r -> r.code().equals("CHURN")).findFirst().orElseThrow().value(), EXACT);
    }

    @Test
    void aDefinitionNamingACalculatorUsesIt() {
        service.addCalculator(new KpiCalculator() {
            @Override
            public boolean supports(KpiDefinition definition) {
                return definition.getKind() == KpiKind.CUSTOM;
            }

            @Override
            public Optional<KpiResult> compute(Strategy s, KpiDefinition d, String period, String segmentKey) {
                return Optional.of(Results.of(d, period, segmentKey, 42.0, 100, Map.of(), List.of()));
            }
        }, props("answer-plugin", 10L));
        KpiDefinition nps = Fixtures.definition(strategy, "NPS");
        nps.setCalculator("answer-plugin");
        Fixtures.answers(strategy, nps, "2026-Q3", "", Map.of(0, 40L));
        assertEquals(42.0, service.value(strategy, nps, "2026-Q3", "").orElseThrow().value(), EXACT);
    }

    @Test
    void aMissingNamedCalculatorIsReported() {
        KpiDefinition nps = Fixtures.definition(strategy, "NPS");
        nps.setCalculator("not-installed");
        Fixtures.answers(strategy, nps, "2026-Q3", "", Map.of(0, 40L));
        KpiResult r = service.value(strategy, nps, "2026-Q3", "").orElseThrow();
        assertFalse(r.hasValue());
        assertTrue(r.warnings().get(0).contains("'not-installed'"));
    }

    @Test
    void smallSamplesCarryAWarning() {
        KpiDefinition nps = Fixtures.definition(strategy, "NPS");
        Fixtures.answers(strategy, nps, "2026-Q3", "", Map.of(9, 20L, 3, 10L));
        Fixtures.answers(strategy, nps, "2026-Q3", "touchpoint=Mobile app", Map.of(9, 20L, 3, 9L));
        List<KpiResult> results = service.compute(strategy, "2026-Q3", "touchpoint");
        assertEquals(2, results.size());
        KpiResult all = results.get(0);
        KpiResult mobile = results.get(1);
        assertEquals("", all.segmentKey());
        assertTrue(all.warnings().isEmpty(), all.warnings().toString());
        assertEquals("touchpoint=Mobile app", mobile.segmentKey());
        assertEquals(List.of("small sample: n = 29 is below the minimum of 30 for NPS in touchpoint=Mobile app"),
                mobile.warnings());
        assertEquals((20 - 9) / 29.0 * 100, mobile.value(), EXACT);
    }

    @Test
    void withoutSegmentDimensionOnlyAllRespondents() {
        KpiDefinition nps = Fixtures.definition(strategy, "NPS");
        Fixtures.answers(strategy, nps, "2026-Q3", "", Map.of(9, 40L));
        Fixtures.answers(strategy, nps, "2026-Q3", "touchpoint=Store", Map.of(9, 40L));
        assertEquals(1, service.compute(strategy, "2026-Q3", null).size());
        assertEquals(2, service.compute(strategy, null, "touchpoint").size());
    }

    @Test
    void aRemovedCalculatorIsNoLongerUsed() {
        NpsCalculator nps = new NpsCalculator();
        CalculatingKpiService fresh = new CalculatingKpiService();
        fresh.addCalculator(nps, props(NpsCalculator.ID, 1L));
        Fixtures.answers(strategy, Fixtures.definition(strategy, "NPS"), "2026-Q3", "", Map.of(9, 40L));
        assertEquals(1, fresh.compute(strategy, "2026-Q3", null).size());
        fresh.removeCalculator(nps);
        assertEquals(0, fresh.compute(strategy, "2026-Q3", null).size());
    }
}
