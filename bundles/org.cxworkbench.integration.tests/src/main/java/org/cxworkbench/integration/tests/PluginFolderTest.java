package org.cxworkbench.integration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.BooleanSupplier;

import org.cxworkbench.api.rules.StepRule;
import org.cxworkbench.api.rules.WorkflowReport;
import org.cxworkbench.api.rules.WorkflowService;
import org.cxworkbench.api.store.StrategyStore;
import org.cxworkbench.model.Strategy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;

/**
 * Plugins dropped into the watched folder while the framework runs are picked up, removed ones go away,
 * and a broken plugin is reported and isolated while everything else keeps working.
 */
class PluginFolderTest {

    private static final Path PLUGINS = Path.of("target/it-plugins");
    private static final Path BUILT = Path.of("target/test-plugins");

    @InjectBundleContext
    BundleContext context;

    @InjectService
    WorkflowService workflow;

    @InjectService
    StrategyStore store;

    @TempDir
    Path dir;

    @AfterEach
    void emptyThePluginsFolder() throws Exception {
        Files.createDirectories(PLUGINS);
        try (var jars = Files.list(PLUGINS)) {
            for (Path jar : jars.toList()) {
                Files.delete(jar);
            }
        }
        waitFor(() -> bundle("org.cxworkbench.example.plugin.template") == null
                && bundle("org.cxworkbench.testplugin.faulty") == null
                && bundle("org.cxworkbench.testplugin.unresolvable") == null, "plugins to be uninstalled");
    }

    @Test
    void aPluginDroppedInIsPickedUpAndARemovedOneGoesAway() throws Exception {
        Strategy strategy = strategyWithUnratedTouchpoint();
        assertFalse(hasRule("template.unrated-touchpoints"));

        drop("org.cxworkbench.example.plugin.template.jar");
        waitFor(() -> workflow.evaluate(strategy).findings().stream()
                .anyMatch(f -> f.ruleId().equals("template.unrated-touchpoints")), "the template plugin's rule to run");
        WorkflowReport report = workflow.evaluate(strategy);
        assertTrue(report.findings().stream().anyMatch(f -> f.ruleId().equals("template.unrated-touchpoints")
                && f.message().contains("Mobile app has no rating for 2026-Q3")), report.findings().toString());

        Cxw.Result plugins = Cxw.run(context, "plugins", "--json");
        assertEquals(0, plugins.exitCode(), plugins.err());
        assertTrue(plugins.out().contains("org.cxworkbench.example.plugin.template"), plugins.out());
        assertTrue(plugins.out().contains("step-rule:template.unrated-touchpoints"), plugins.out());

        Files.delete(PLUGINS.resolve("org.cxworkbench.example.plugin.template.jar"));
        waitFor(() -> !hasRule("template.unrated-touchpoints") && workflow.evaluate(strategy).findings().stream()
                .noneMatch(f -> f.ruleId().equals("template.unrated-touchpoints")), "the template plugin's rule to go away");
        assertTrue(workflow.evaluate(strategy).findings().stream()
                .noneMatch(f -> f.ruleId().equals("template.unrated-touchpoints")));
    }

    @Test
    void aThrowingPluginIsReportedAndIsolated() throws Exception {
        Strategy strategy = strategyWithUnratedTouchpoint();
        drop("org.cxworkbench.testplugin.faulty.jar");
        drop("org.cxworkbench.example.plugin.template.jar");
        // a service is in the registry a moment before the workflow has been bound to it: wait for the workflow
        waitFor(() -> workflow.evaluate(strategy).failures().stream().anyMatch(f -> f.ruleId().equals("faulty.throws"))
                && workflow.evaluate(strategy).findings().stream()
                        .anyMatch(f -> f.ruleId().equals("template.unrated-touchpoints")), "both plugins' rules to run");

        WorkflowReport report = workflow.evaluate(strategy);
        assertTrue(report.failures().stream().anyMatch(f -> f.ruleId().equals("faulty.throws")
                && f.bundle().equals("org.cxworkbench.testplugin.faulty")
                && f.reason().contains("broken on purpose")), report.failures().toString());
        assertTrue(report.findings().stream().anyMatch(f -> f.ruleId().equals("template.unrated-touchpoints")),
                "the other plugin still works");
        assertEquals(9, report.steps().size());

        Cxw.Result plugins = Cxw.run(context, "plugins");
        assertEquals(0, plugins.exitCode(), plugins.err());
        assertTrue(plugins.out().contains("FAILED: component org.cxworkbench.testplugin.faulty.FailingActivation "
                + "failed to activate"), plugins.out());

        Path file = dir.resolve("s.cxs");
        store.saveAs(strategy, file);
        Cxw.Result status = Cxw.run(context, "status", file.toString());
        assertEquals(0, status.exitCode(), status.err());
        assertTrue(status.out().contains("rule faulty.throws from org.cxworkbench.testplugin.faulty failed and was skipped"),
                status.out());
    }

    @Test
    void aPluginThatCannotResolveIsReportedWithTheReason() throws Exception {
        drop("org.cxworkbench.testplugin.unresolvable.jar");
        drop("org.cxworkbench.example.plugin.template.jar");
        waitFor(() -> bundle("org.cxworkbench.testplugin.unresolvable") != null
                && hasRule("template.unrated-touchpoints"), "both plugins to be installed");
        assertEquals(Bundle.INSTALLED, bundle("org.cxworkbench.testplugin.unresolvable").getState());

        Cxw.Result plugins = Cxw.run(context, "plugins");
        assertEquals(0, plugins.exitCode(), plugins.err());
        assertTrue(plugins.out().contains("org.cxworkbench.testplugin.unresolvable 0.1.0"), plugins.out());
        assertTrue(plugins.out().contains("INSTALLED"), plugins.out());
        assertTrue(plugins.out().contains("FAILED: cannot resolve") && plugins.out().contains("com.example.nowhere"),
                plugins.out());
        assertTrue(workflow.evaluate(strategyWithUnratedTouchpoint()).findings().stream()
                .anyMatch(f -> f.ruleId().equals("template.unrated-touchpoints")), "the other plugin still works");
    }

    private Strategy strategyWithUnratedTouchpoint() {
        Strategy strategy = org.cxworkbench.model.CxStrategyFactory.eINSTANCE.createStrategy();
        strategy.setName("Plugins");
        strategy.setCurrentPeriod("2026-Q3");
        var touchpoint = org.cxworkbench.model.CxStrategyFactory.eINSTANCE.createTouchpoint();
        touchpoint.setId("touchpoint-1");
        touchpoint.setName("Mobile app");
        strategy.getTouchpoints().add(touchpoint);
        return strategy;
    }

    private static void drop(String jar) throws Exception {
        Files.createDirectories(PLUGINS);
        // copied next to the folder, then moved in at once: FileInstall never sees a half-written jar
        Path tmp = PLUGINS.resolveSibling(jar + ".part");
        Files.copy(BUILT.resolve(jar), tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, PLUGINS.resolve(jar), StandardCopyOption.ATOMIC_MOVE);
    }

    private boolean hasRule(String id) {
        try {
            var refs = context.getServiceReferences(StepRule.class, "(" + StepRule.ID + "=" + id + ")");
            return !refs.isEmpty();
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        return null;
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(100);
        }
    }
}
