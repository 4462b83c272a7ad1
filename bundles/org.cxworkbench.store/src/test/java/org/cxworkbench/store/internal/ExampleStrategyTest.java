package org.cxworkbench.store.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.cxworkbench.model.Strategy;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled example strategy loads, and saving it again gives the very same bytes. */
class ExampleStrategyTest {

    private static final Path EXAMPLE = Path.of("../../examples/acme/acme.cxs");

    @TempDir
    Path dir;

    @Test
    void theExampleRoundTripsLosslesslyAndByteForByte() throws Exception {
        XmiStrategyStore store = new XmiStrategyStore();
        Strategy example = store.load(EXAMPLE);
        assertFalse(example.getGoals().isEmpty());
        assertFalse(example.getJourneys().isEmpty());
        assertFalse(example.getTactics().isEmpty());

        Path copy = dir.resolve("acme.cxs");
        store.saveAs(example, copy);
        assertArrayEquals(Files.readAllBytes(EXAMPLE), Files.readAllBytes(copy),
                "saving the example unchanged must reproduce the committed file byte for byte");
        assertTrue(EcoreUtil.equals(example, store.load(copy)));
    }
}
