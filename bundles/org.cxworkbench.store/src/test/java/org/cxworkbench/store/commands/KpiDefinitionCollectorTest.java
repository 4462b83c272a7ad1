package org.cxworkbench.store.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.cxworkbench.api.failure.PluginFailure;
import org.cxworkbench.api.failure.PluginFailureLog;
import org.cxworkbench.api.kpi.KpiDefinitionProvider;
import org.cxworkbench.model.CxStrategyFactory;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.Strategy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Providers that throw, hang or answer garbage are skipped with a warning naming their bundle. */
class KpiDefinitionCollectorTest {

    /** Released after each test, so that the thread of a hanging provider ends. */
    private final CountDownLatch released = new CountDownLatch(1);
    private final Log log = new Log();

    @AfterEach
    void release() {
        released.countDown();
    }

    @Test
    void everyProvidedCodeOnceTheFirstProviderWins() {
        KpiDefinitionCollector.Collected collected = collect(
                provider("org.cxworkbench.measure", () -> List.of(definition("NPS"), definition("CSAT"))),
                provider("com.acme.fcr", () -> List.of(definition("FCR"), definition("NPS"))));
        assertEquals(List.of("NPS", "CSAT", "FCR"), codes(collected));
        assertEquals(List.of(), collected.warnings());
        assertEquals(List.of(), log.failures);
    }

    @Test
    void providersThatThrowOrHangAreSkippedAndTheOthersStillCount() {
        KpiDefinitionCollector.Collected collected = new KpiDefinitionCollector(Duration.ofSeconds(1), log).collect(
                List.of(provider("com.acme.throws", () -> {
                    throw new IllegalStateException("no definitions today");
                }), provider("com.acme.hangs", () -> {
                    awaitRelease();
                    return List.of(definition("LATE"));
                }), provider("org.cxworkbench.measure", () -> List.of(definition("NPS")))));

        assertEquals(List.of("NPS"), codes(collected));
        assertEquals(List.of(
                "the KPI definitions of com.acme.throws.Provider from bundle com.acme.throws were skipped: it failed: "
                        + "java.lang.IllegalStateException: no definitions today",
                "the KPI definitions of com.acme.hangs.Provider from bundle com.acme.hangs were skipped: it did not "
                        + "answer within 1 s"), collected.warnings());
        assertEquals(List.of("com.acme.throws", "com.acme.hangs"), log.failures.stream().map(PluginFailure::bundle)
                .toList());
        assertTrue(log.failures.stream().allMatch(f -> f.extensionPoint().equals(PluginFailureLog.KPI_DEFINITIONS)));
    }

    @Test
    void garbageIsSkippedWithAWarning() {
        Strategy other = CxStrategyFactory.eINSTANCE.createStrategy();
        KpiDefinition taken = definition("TAKEN");
        other.getKpiDefinitions().add(taken);
        List<KpiDefinition> withNull = new ArrayList<>();
        withNull.add(null);
        withNull.add(definition("GOOD"));
        KpiDefinitionCollector.Collected collected = collect(
                provider("com.acme.null", () -> null),
                provider("com.acme.mixed", () -> withNull),
                provider("com.acme.nocode", () -> List.of(definition(" "))),
                provider("com.acme.taken", () -> List.of(taken)));

        assertEquals(List.of("GOOD"), codes(collected));
        assertEquals(List.of(
                "the KPI definitions of com.acme.null.Provider from bundle com.acme.null were skipped: it returned "
                        + "null instead of a list of definitions",
                "com.acme.mixed.Provider from bundle com.acme.mixed provided a null definition; it was skipped",
                "com.acme.nocode.Provider from bundle com.acme.nocode provided a definition without a code; it was "
                        + "skipped",
                "com.acme.taken.Provider from bundle com.acme.taken provided definition TAKEN, which already belongs "
                        + "to a strategy (not a fresh copy); it was skipped"), collected.warnings());
        assertEquals(other, taken.eContainer(), "a definition that is not fresh is left where it is");
        assertEquals(4, log.failures.size());
    }

    private KpiDefinitionCollector.Collected collect(KpiDefinitionCollector.Provider... providers) {
        return new KpiDefinitionCollector(Duration.ofSeconds(30), log).collect(List.of(providers));
    }

    static KpiDefinitionCollector.Provider provider(String bundle, KpiDefinitionProvider provider) {
        return new KpiDefinitionCollector.Provider(provider, bundle, bundle + ".Provider");
    }

    static KpiDefinition definition(String code) {
        KpiDefinition definition = CxStrategyFactory.eINSTANCE.createKpiDefinition();
        definition.setCode(code);
        definition.setName(code.strip());
        definition.setVersion(1);
        return definition;
    }

    private static List<String> codes(KpiDefinitionCollector.Collected collected) {
        return collected.definitions().stream().map(KpiDefinition::getCode).toList();
    }

    private void awaitRelease() {
        try {
            released.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Keeps every record (the store cannot use the shared test support: that depends on the store). */
    static final class Log implements PluginFailureLog {
        final List<PluginFailure> failures = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public void record(String bundle, String extensionPoint, String service, String message) {
            failures.add(new PluginFailure(java.time.Instant.now(), bundle, extensionPoint, service, message));
        }

        @Override
        public List<PluginFailure> recent() {
            return List.copyOf(failures);
        }
    }
}
