package org.cxworkbench.product.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.cxworkbench.bench.web.WebLoad;
import org.junit.jupiter.api.Test;

/**
 * A small run of the web load test (bench/web-load) against the exported product: 5 users, 4 iterations each,
 * all writing on one strategy with versions; no accepted update may be missing from the file reloaded from
 * disk. Times are printed, never asserted (the full run with 50 users is bench/web-load/run.sh).
 */
class LoadSmokeTest {

    @Test
    void concurrentUsersLoseNoUpdate() throws Exception {
        Path folder = ProductServer.exampleFolder("load");
        try (ProductServer server = ProductServer.serve(folder)) {
            WebLoad.Settings settings = new WebLoad.Settings(5, 4, Duration.ofMinutes(5), Duration.ZERO, 500, 7L);
            WebLoad.Result result = WebLoad.run(server.base(), "acme", folder.resolve("acme.cxs"), settings);
            ByteArrayOutputStream figures = new ByteArrayOutputStream();
            WebLoad.print(result, new PrintStream(figures, true, StandardCharsets.UTF_8));
            String report = figures.toString(StandardCharsets.UTF_8);
            System.out.println(report);

            assertTrue(result.failures().isEmpty(), report);
            assertTrue(result.lostUpdates().isEmpty(), report);
            assertEquals(0, result.gaveUp(), report);
            assertEquals(20, result.acceptedOwn(), "every own edit was accepted, some after a 409 and a retry: " + report);
            assertEquals(20, result.acceptedShared(), report);
            assertEquals(result.requests(), result.statuses().values().stream().mapToLong(Long::longValue).sum());
            assertTrue(result.statuses().keySet().stream().allMatch(s -> s == 200 || s == 409), report);
        } finally {
            ProductServer.delete(folder);
        }
    }
}
