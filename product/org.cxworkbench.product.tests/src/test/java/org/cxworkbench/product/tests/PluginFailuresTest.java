package org.cxworkbench.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A broken plugin in the product: {@code cxw new} still creates the file and names the plugin, and a later
 * {@code cxw plugins}, in a fresh runtime, shows what failed in the earlier one.
 */
class PluginFailuresTest {

    private static final String FAULTY = "org.cxworkbench.testplugin.faulty";

    @TempDir
    Path dir;

    @Test
    void aLaterCxwPluginsShowsWhatFailedInAnEarlierRun() throws Exception {
        Files.createDirectories(dir.resolve("plugins"));
        Files.copy(Path.of("target/test-plugins", FAULTY + ".jar"), dir.resolve("plugins").resolve(FAULTY + ".jar"));

        Launcher.Run created = Launcher.cxw(dir, "new", "fresh.cxs", "--name", "Fresh", "--period", "2026-Q3");
        assertEquals(0, created.exitCode(), created.err());
        assertTrue(created.err().contains("warning: the KPI definitions of " + FAULTY + ".ThrowingDefinitions from "
                + "bundle " + FAULTY + " were skipped"), created.err());
        assertTrue(created.out().contains("with KPI definitions NPS"), created.out());
        assertTrue(Files.exists(dir.resolve("fresh.cxs")));

        Launcher.Run plugins = Launcher.cxw(dir, "plugins");
        assertEquals(0, plugins.exitCode(), plugins.err());
        assertTrue(plugins.out().contains("Failure log: " + Launcher.failureFile(dir)), plugins.out());
        assertTrue(plugins.out().contains("in kpi-definitions " + FAULTY + ".ThrowingDefinitions: the KPI definitions of "
                + FAULTY + ".ThrowingDefinitions from bundle " + FAULTY + " were skipped: it failed: "
                + "java.lang.IllegalStateException"), plugins.out());
    }
}
