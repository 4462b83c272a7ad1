package org.cxworkbench.measure.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.cxworkbench.api.failure.PluginFailure;
import org.cxworkbench.api.failure.PluginFailureLog;
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
import org.cxworkbench.testing.RecordingFailureLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CalculatingKpiServiceTest {

    private static final double EXACT = 1e-9;

    private final Strategy strategy = Fixtures.strategy();
    private final CalculatingKpiService service = new CalculatingKpiService();
    private final RecordingFailureLog log = new RecordingFailureLog();
    /** Released after each test, so that the threads of hanging calculators end. */
    private final CountDownLatch released = new CountDownLatch(1);

    @AfterEach
    void release() {
        released.countDown();
        service.deactivate();
    }

    @BeforeEach
    void register() {
        service.setFailureLog(log);
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

    @Test
    void aHangingPluginCalculatorIsAbandonedOnceAndEveryOtherKpiIsComputed() {
        service.timeout(Duration.ofSeconds(1));
        AtomicInteger calls = new AtomicInteger();
        service.addCalculator(plugin(calls, (d) -> {
            awaitRelease();
            return Optional.empty();
        }), props("hanging-plugin", 9L), "com.acme.hanging");
        KpiDefinition custom = customDefinition("hanging-plugin");
        for (String period : List.of("2026-Q2", "2026-Q3")) {
            Fixtures.answers(strategy, custom, period, "", Map.of(5, 40L));
            Fixtures.answers(strategy, custom, period, "touchpoint=Store", Map.of(5, 40L));
            Fixtures.answers(strategy, Fixtures.definition(strategy, "NPS"), period, "", Map.of(10, 40L));
        }

        List<KpiResult> results = service.compute(strategy, null, "touchpoint");

        List<KpiResult> hanging = results.stream().filter(r -> r.code().equals("FCR")).toList();
        assertEquals(4, hanging.size(), "every period and segment still gets an answer");
        for (KpiResult r : hanging) {
            assertFalse(r.hasValue());
            assertEquals("calculator 'hanging-plugin' (" + calculatorClass(r) + ", bundle com.acme.hanging) did not "
                    + "answer within 1 s and was abandoned; it is not asked again until its plugin is reinstalled",
                    r.warnings().get(0));
        }
        assertEquals(1, calls.get(), "an abandoned calculator is not asked again");
        assertEquals(100.0, results.stream().filter(r -> r.code().equals("NPS") && r.period().equals("2026-Q3"))
                .findFirst().orElseThrow().value(), EXACT);
        PluginFailure recorded = log.only(PluginFailureLog.KPI_CALCULATOR, "hanging-plugin");
        assertEquals("com.acme.hanging", recorded.bundle());
        assertTrue(recorded.message().contains("did not answer within 1 s"), recorded.message());
    }

    @Test
    void aPluginCalculatorWhoseSupportsHangsIsAbandonedAndTheOthersStillAnswer() {
        service.timeout(Duration.ofSeconds(1));
        service.addCalculator(new KpiCalculator() {
            @Override
            public boolean supports(KpiDefinition definition) {
                awaitRelease();
                return true;
            }

            @Override
            public Optional<KpiResult> compute(Strategy s, KpiDefinition d, String period, String segmentKey) {
                return Optional.empty();
            }
        }, Map.of("service.id", 11L, "service.ranking", 100), "com.acme.greedy");
        Fixtures.answers(strategy, Fixtures.definition(strategy, "NPS"), "2026-Q3", "", Map.of(10, 40L));
        Fixtures.answers(strategy, Fixtures.definition(strategy, "CSAT"), "2026-Q3", "", Map.of(5, 40L));

        List<KpiResult> results = service.compute(strategy, "2026-Q3", null);

        assertEquals(100.0, results.stream().filter(r -> r.code().equals("NPS")).findFirst().orElseThrow().value(),
                EXACT);
        assertEquals(100.0, results.stream().filter(r -> r.code().equals("CSAT")).findFirst().orElseThrow().value(),
                EXACT);
        assertEquals("com.acme.greedy", log.recent().get(0).bundle());
        assertEquals(1, log.recent().size(), log.recent().toString());
    }

    @Test
    void garbageFromAPluginCalculatorIsNotShownAndNamesThePlugin() {
        KpiDefinition custom = customDefinition("garbage-plugin");
        Fixtures.answers(strategy, custom, "2026-Q3", "", Map.of(5, 40L));
        Map<String, Function<KpiDefinition, Optional<KpiResult>>> garbage = Map.of(
                "it returned null instead of a result", d -> null,
                "it returned an infinite value", d -> result(d, "2026-Q3", Double.POSITIVE_INFINITY),
                "it returned 250, outside the range 1 to 5 of FCR", d -> result(d, "2026-Q3", 250),
                "it answered for 2025-Q1 (all) instead of 2026-Q3 (all)", d -> result(d, "2025-Q1", 4));
        long serviceId = 20;
        for (var entry : garbage.entrySet()) {
            CalculatingKpiService fresh = new CalculatingKpiService();
            RecordingFailureLog freshLog = new RecordingFailureLog();
            fresh.setFailureLog(freshLog);
            fresh.addCalculator(plugin(new AtomicInteger(), entry.getValue()), props("garbage-plugin", serviceId++),
                    "com.acme.garbage");

            KpiResult r = fresh.value(strategy, custom, "2026-Q3", "").orElseThrow();

            assertFalse(r.hasValue(), entry.getKey());
            String warning = r.warnings().get(0);
            assertTrue(warning.startsWith("calculator 'garbage-plugin' (") && warning.contains("bundle com.acme.garbage")
                    && warning.contains("answered garbage: " + entry.getKey()), warning);
            assertTrue(freshLog.only(PluginFailureLog.KPI_CALCULATOR, "garbage-plugin").message()
                    .contains(entry.getKey()));
            fresh.deactivate();
        }
    }

    @Test
    void aPluginNpsOutsideMinus100To100AndNegativeTimesAreGarbage() {
        KpiDefinition nps = Fixtures.definition(strategy, "NPS");
        nps.setCalculator("nps-plugin");
        Fixtures.answers(strategy, nps, "2026-Q3", "", Map.of(10, 40L));
        service.addCalculator(plugin(new AtomicInteger(), d -> result(d, "2026-Q3", 101)), props("nps-plugin", 30L),
                "com.acme.nps");
        assertTrue(service.value(strategy, nps, "2026-Q3", "").orElseThrow().warnings().get(0)
                .contains("it returned 101, outside the range -100 to 100 of NPS"));

        KpiDefinition time = Fixtures.definition(strategy, "RESOLUTION_TIME");
        time.setCalculator("time-plugin");
        Fixtures.durations(strategy, time, "2026-Q3", "", 60, 120);
        service.addCalculator(plugin(new AtomicInteger(), d -> result(d, "2026-Q3", -2)), props("time-plugin", 31L),
                "com.acme.time");
        assertTrue(service.value(strategy, time, "2026-Q3", "").orElseThrow().warnings().get(0)
                .contains("it returned -2, outside the range 0 to infinity of RESOLUTION_TIME"));
        assertEquals(2, log.recent().size());
    }

    @Test
    void aThrowingPluginCalculatorIsNamedWithItsBundleAndRecorded() {
        service.addCalculator(plugin(new AtomicInteger(), d -> {
            throw new IllegalStateException("division by zero in plugin");
        }), props("throwing-plugin", 12L), "com.acme.throwing");
        KpiDefinition custom = customDefinition("throwing-plugin");
        Fixtures.answers(strategy, custom, "2026-Q3", "", Map.of(5, 40L));
        Fixtures.answers(strategy, custom, "2026-Q2", "", Map.of(5, 40L));

        List<KpiResult> results = service.compute(strategy, null, null);

        assertEquals(2, results.size());
        assertTrue(results.get(0).warnings().get(0).contains("bundle com.acme.throwing) failed: "
                + "java.lang.IllegalStateException: division by zero in plugin"), results.get(0).warnings().toString());
        assertEquals(1, log.recent().stream().map(PluginFailure::message).distinct().count(),
                "the same message for both periods, which the failure log keeps once");
    }

    private KpiDefinition customDefinition(String calculator) {
        KpiDefinition custom = org.cxworkbench.measure.api.KpiDefinitions.rating("FCR", "First contact resolution",
                "Was your issue solved at first contact?", 1, 5, true);
        custom.setCalculator(calculator);
        strategy.getKpiDefinitions().add(custom);
        return custom;
    }

    private static KpiCalculator plugin(AtomicInteger calls,
            Function<KpiDefinition, Optional<KpiResult>> answer) {
        return new KpiCalculator() {
            @Override
            public boolean supports(KpiDefinition definition) {
                return false;
            }

            @Override
            public Optional<KpiResult> compute(Strategy s, KpiDefinition d, String period, String segmentKey) {
                calls.incrementAndGet();
                return answer.apply(d);
            }
        };
    }

    private static Optional<KpiResult> result(KpiDefinition d, String period, double value) {
        return Optional.of(Results.of(d, period, "", value, 40, Map.of(), List.of()));
    }

    private static String calculatorClass(KpiResult r) {
        String warning = r.warnings().get(0);
        return warning.substring(warning.indexOf('(') + 1, warning.indexOf(','));
    }

    private void awaitRelease() {
        try {
            released.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
