package org.cxworkbench.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.cxworkbench.model.Strategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A save killed at any moment (kill -9 of the JVM) leaves a loadable strategy: the old or the new one. */
class KilledSaveTest {

    @TempDir
    Path dir;

    @Test
    void aKilledSaveLeavesALoadableFile() throws Exception {
        Path file = dir.resolve("big.cxs");
        Random random = new Random(42);
        XmiStrategyStore store = new XmiStrategyStore();
        for (int round = 0; round < 5; round++) {
            Process saver = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), SaveLoop.class.getName(), file.toString())
                    .redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(saver.getInputStream()))) {
                assertEquals("ready", out.readLine());
                Thread.sleep(50 + random.nextInt(400));
                saver.destroyForcibly();
                assertTrue(saver.waitFor(10, TimeUnit.SECONDS));
            }
            Strategy survivor = store.load(file);
            assertEquals(3001, survivor.getTouchpoints().size(), "round " + round);
            assertTrue(survivor.getName().startsWith("Version ") || survivor.getName().startsWith("Acme"));
        }
    }
}
