package org.cxworkbench.web.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.cxworkbench.api.store.StrategyStore;
import org.cxworkbench.model.Goal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** Two users write on the same version: one is accepted, the other gets 409 naming the first one's change. */
class ConflictTest {

    @InjectBundleContext
    static BundleContext context;

    @InjectService
    StrategyStore store;

    static Path folder;
    static URI base;

    @BeforeAll
    static void serve() throws Exception {
        folder = WebServer.exampleWorkspace("conflict");
        base = WebServer.start(context, folder);
    }

    @AfterAll
    static void cleanUp() throws Exception {
        WebServer.delete(folder);
    }

    @Test
    void theSecondWriterOnTheSameVersionGets409NamingTheFirstOnesChange() throws Exception {
        Api ann = new Api(base).session().as("Ann");
        Api bob = new Api(base).session().as("Bob");
        long seenByBoth = ann.get("/api/strategies/acme/entities/goal/goal-3").version();
        assertEquals(seenByBoth, bob.get("/api/strategies/acme/entities/goal/goal-3").version());

        Api.Response first = ann.patch("/api/strategies/acme/entities/goal/goal-3",
                Api.values("name", "Ann's churn goal"), seenByBoth);
        assertEquals(200, first.status(), first.body());
        byte[] afterAnn = Files.readAllBytes(folder.resolve("acme.cxs"));

        Api.Response second = bob.patch("/api/strategies/acme/entities/goal/goal-3",
                Api.values("name", "Bob's churn goal", "baseline", "12"), seenByBoth);
        assertEquals(409, second.status(), second.body());
        JsonObject conflict = second.json();
        assertEquals(seenByBoth + 1, conflict.get("currentVersion").getAsLong());
        JsonArray changes = conflict.getAsJsonArray("changes");
        assertEquals(1, changes.size(), second.body());
        JsonObject change = changes.get(0).getAsJsonObject();
        assertEquals("Ann", change.get("user").getAsString());
        assertEquals("updated goal goal-3 (name)", change.get("summary").getAsString());
        assertEquals(seenByBoth + 1, change.get("version").getAsLong());
        assertTrue(conflict.get("error").getAsString().contains("changed by someone else"), second.body());

        assertTrue(java.util.Arrays.equals(afterAnn, Files.readAllBytes(folder.resolve("acme.cxs"))),
                "Bob's refused change did not touch the file");
        Goal saved = goal("goal-3");
        assertEquals("Ann's churn goal", saved.getName());

        // Bob reloads, sees Ann's change and makes his again on the new version
        long current = bob.get("/api/strategies/acme/entities/goal/goal-3").version();
        Api.Response retry = bob.patch("/api/strategies/acme/entities/goal/goal-3",
                Api.values("baseline", "12"), current);
        assertEquals(200, retry.status(), retry.body());
        assertEquals("Ann's churn goal", goal("goal-3").getName());
        assertEquals(12.0, goal("goal-3").getBaseline());
    }

    @Test
    void ofConcurrentWritersOnOneVersionExactlyOneWins() throws Exception {
        int writers = 6;
        long version = new Api(base).get("/api/strategies/acme").version();
        CyclicBarrier barrier = new CyclicBarrier(writers);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Api.Response>> answers = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String user = "writer-" + i;
                Api api = new Api(base).session().as(user);
                answers.add(pool.submit(() -> {
                    barrier.await(30, TimeUnit.SECONDS);
                    return api.patch("/api/strategies/acme/entities/goal/goal-1",
                            Api.values("description", "written by " + user), version);
                }));
            }
            List<Api.Response> accepted = new ArrayList<>();
            List<Api.Response> refused = new ArrayList<>();
            for (Future<Api.Response> answer : answers) {
                Api.Response response = answer.get(60, TimeUnit.SECONDS);
                (response.status() == 200 ? accepted : refused).add(response);
                assertTrue(response.status() == 200 || response.status() == 409, response.toString());
            }
            assertEquals(1, accepted.size(), "exactly one write on version " + version + " is accepted");
            assertEquals(writers - 1, refused.size());
            String winner = goal("goal-1").getDescription().substring("written by ".length());
            for (Api.Response conflict : refused) {
                JsonObject change = conflict.json().getAsJsonArray("changes").get(0).getAsJsonObject();
                assertEquals(winner, change.get("user").getAsString(), conflict.body());
                assertEquals("updated goal goal-1 (description)", change.get("summary").getAsString());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Goal goal(String id) throws Exception {
        return store.load(folder.resolve("acme.cxs")).getGoals().stream()
                .flatMap(g -> java.util.stream.Stream.concat(java.util.stream.Stream.of(g), g.getChildren().stream()))
                .filter(g -> id.equals(g.getId())).findFirst().orElseThrow();
    }
}
