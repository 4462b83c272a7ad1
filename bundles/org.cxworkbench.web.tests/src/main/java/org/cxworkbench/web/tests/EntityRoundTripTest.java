package org.cxworkbench.web.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cxworkbench.api.store.StrategyStore;
import org.cxworkbench.model.Channel;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.Touchpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;

import com.google.gson.JsonObject;

/**
 * Elements added, changed and removed over the REST API end up in the strategy file: each step is checked by
 * loading the file from disk again with the product's strategy store.
 */
class EntityRoundTripTest {

    @InjectBundleContext
    static BundleContext context;

    @InjectService
    StrategyStore store;

    static Path folder;
    static URI base;

    @BeforeAll
    static void serve() throws Exception {
        folder = WebServer.exampleWorkspace("entities");
        base = WebServer.start(context, folder);
    }

    @AfterAll
    static void cleanUp() throws Exception {
        WebServer.delete(folder);
    }

    @Test
    void addUpdateRemoveATouchpointRoundTripsThroughTheFile() throws Exception {
        Api api = new Api(base).session().as("Ann");
        Path file = folder.resolve("acme.cxs");
        long v0 = api.get("/api/strategies/acme").version();
        int before = store.load(file).getTouchpoints().size();

        Api.Response added = api.post("/api/strategies/acme/entities/touchpoint",
                Api.values("name", "Pick-up kiosk", "channel", "store", "stage", "purchase",
                        "expectations", List.of("Ready in 5 minutes", "Cold items kept cold")), v0);
        assertEquals(201, added.status(), added.body());
        assertEquals(v0 + 1, added.version());
        JsonObject item = added.json().getAsJsonObject("item");
        String id = item.get("id").getAsString();
        assertTrue(id.startsWith("touchpoint-"), id);
        assertEquals("Pick-up kiosk", item.get("name").getAsString());

        Touchpoint saved = touchpoint(file, id).orElseThrow(() -> new AssertionError(id + " is not in the file"));
        assertEquals("Pick-up kiosk", saved.getName());
        assertEquals(Channel.STORE, saved.getChannel());
        assertEquals("purchase", saved.getStage());
        assertEquals(List.of("Ready in 5 minutes", "Cold items kept cold"), List.copyOf(saved.getExpectations()));
        assertEquals(before + 1, store.load(file).getTouchpoints().size());

        Api.Response shown = api.get("/api/strategies/acme/entities/touchpoint/" + id);
        assertEquals(200, shown.status(), shown.body());
        assertEquals(v0 + 1, shown.version());

        Map<String, Object> update = new LinkedHashMap<>(Api.values("name", "Pick-up kiosk (North)",
                "channel", "connected-device"));
        update.put("clear", List.of("stage"));
        Api.Response updated = api.patch("/api/strategies/acme/entities/touchpoint/" + id, update, v0 + 1);
        assertEquals(200, updated.status(), updated.body());
        assertEquals(v0 + 2, updated.version());
        Touchpoint changed = touchpoint(file, id).orElseThrow();
        assertEquals("Pick-up kiosk (North)", changed.getName());
        assertEquals(Channel.CONNECTED_DEVICE, changed.getChannel());
        assertEquals(null, changed.getStage(), "cleared");
        assertEquals(List.of("Ready in 5 minutes", "Cold items kept cold"), List.copyOf(changed.getExpectations()),
                "values not named are kept");

        Api.Response removed = api.delete("/api/strategies/acme/entities/touchpoint/" + id, v0 + 2);
        assertEquals(200, removed.status(), removed.body());
        assertEquals(v0 + 3, removed.version());
        assertTrue(touchpoint(file, id).isEmpty(), "removed from the file");
        assertEquals(before, store.load(file).getTouchpoints().size());
        assertEquals(404, api.get("/api/strategies/acme/entities/touchpoint/" + id).status());

        Api.Response changes = api.get("/api/strategies/acme/changes?since=" + v0);
        assertEquals(200, changes.status(), changes.body());
        String history = changes.body();
        assertTrue(history.contains("added touchpoint 'Pick-up kiosk'"), history);
        assertTrue(history.contains("updated touchpoint " + id + " (name, channel, stage)"), history);
        assertTrue(history.contains("removed touchpoint " + id), history);
        assertTrue(history.contains("\"user\":\"Ann\""), history);
    }

    @Test
    void aRefusedValueIs422AndTheFileStaysAsItWas() throws Exception {
        Api api = new Api(base).session();
        Path file = folder.resolve("acme.cxs");
        byte[] before = Files.readAllBytes(file);
        long version = api.get("/api/strategies/acme").version();

        Api.Response badChannel = api.patch("/api/strategies/acme/entities/touchpoint/touchpoint-1",
                Api.values("channel", "carrier-pigeon"), version);
        assertEquals(422, badChannel.status(), badChannel.body());
        assertTrue(badChannel.json().get("error").getAsString().contains("carrier-pigeon"), badChannel.body());
        Api.Response noName = api.post("/api/strategies/acme/entities/touchpoint", Api.values("stage", "purchase"),
                version);
        assertEquals(422, noName.status(), noName.body());
        Api.Response unknownKind = api.post("/api/strategies/acme/entities/spaceship", Api.values("name", "x"), version);
        assertEquals(404, unknownKind.status(), unknownKind.body());
        Api.Response unknownElement = api.patch("/api/strategies/acme/entities/touchpoint/touchpoint-999",
                Api.values("name", "x"), version);
        assertEquals(404, unknownElement.status(), unknownElement.body());
        Api.Response notJson = api.send("PATCH", "/api/strategies/acme/entities/touchpoint/touchpoint-1",
                "{\"values\": ", version, Map.of());
        assertEquals(400, notJson.status(), notJson.body());

        assertArrayEquals(before, Files.readAllBytes(file), "no refused change reached the file");
        assertEquals(version, api.get("/api/strategies/acme").version(), "and none made a new version");
        assertEquals(200, api.patch("/api/strategies/acme/entities/touchpoint/touchpoint-1",
                Api.values("stage", "awareness"), version).status(), "the model was not left half-changed");
    }

    @Test
    void aNewStrategyIsCreatedAsAFileAndFilledOverTheApi() throws Exception {
        Api api = new Api(base).session();
        Api.Response created = api.post("/api/strategies", Map.of("id", "fresh-2027", "name", "Fresh CX 2027"), null);
        assertEquals(201, created.status(), created.body());
        assertEquals("/api/strategies/fresh-2027", created.header("Location"));
        Path file = folder.resolve("fresh-2027.cxs");
        assertEquals("Fresh CX 2027", store.load(file).getName());
        Api.Response again = api.post("/api/strategies", Map.of("id", "fresh-2027", "name", "again"), null);
        assertEquals(400, again.status(), again.body());
        assertEquals(404, api.post("/api/strategies", Map.of("id", "../escape", "name", "x"), null).status());
        assertTrue(Files.notExists(folder.getParent().resolve("escape.cxs")));

        long version = created.version();
        Api.Response goal = api.post("/api/strategies/fresh-2027/entities/goal",
                Api.values("name", "Faster answers", "statement", "Answer every chat within two minutes"), version);
        assertEquals(201, goal.status(), goal.body());
        Strategy saved = store.load(file);
        assertEquals(1, saved.getGoals().size());
        assertEquals("Answer every chat within two minutes", saved.getGoals().get(0).getStatement());

        Api.Response status = api.get("/api/strategies/fresh-2027/status");
        assertEquals(200, status.status(), status.body());
        assertEquals(9, status.json().getAsJsonArray("steps").size());
        Api.Response list = api.get("/api/strategies");
        assertTrue(list.body().contains("\"id\":\"fresh-2027\""), list.body());
    }

    @Test
    void aFileChangedOnDiskIsSeenAsANewVersion() throws Exception {
        Api api = new Api(base).session();
        Path file = folder.resolve("acme.cxs");
        long version = api.get("/api/strategies/acme").version();
        Strategy outside = store.load(file);
        outside.setName("Renamed with cxw on the command line");
        store.save(outside);

        Api.Response read = api.get("/api/strategies/acme");
        assertEquals("Renamed with cxw on the command line", read.json().get("name").getAsString());
        assertEquals(version + 1, read.version());
        Api.Response stale = api.patch("/api/strategies/acme/entities/goal/goal-1", Api.values("name", "x"), version);
        assertEquals(409, stale.status(), stale.body());
        assertTrue(stale.body().contains("was changed on disk"), stale.body());
    }

    @Test
    void tacticStepsAreReorderedAndGoalsMovedInTheFileKeepingTheirIds() throws Exception {
        Api api = new Api(base).session().as("Ben");
        Path file = folder.resolve("acme.cxs");
        long v0 = api.get("/api/strategies/acme").version();

        Api.Response first = api.post("/api/strategies/acme/entities/step/tactic-step-4/move", Map.of("position", 1), v0);
        assertEquals(200, first.status(), first.body());
        assertEquals(v0 + 1, first.version());
        assertEquals(List.of("tactic-step-4", "tactic-step-1", "tactic-step-2", "tactic-step-3"),
                store.load(file).getTactics().get(0).getSteps().stream().map(s -> s.getId()).toList());

        Api.Response otherTactic = api.post("/api/strategies/acme/entities/step/tactic-step-4/move",
                Map.of("parent", Map.of("tactic", "tactic-2"), "position", 2), v0 + 1);
        assertEquals(200, otherTactic.status(), otherTactic.body());
        assertEquals(List.of("tactic-step-5", "tactic-step-4", "tactic-step-6", "tactic-step-7", "tactic-step-8"),
                store.load(file).getTactics().get(1).getSteps().stream().map(s -> s.getId()).toList());

        Api.Response under = api.post("/api/strategies/acme/entities/goal/goal-3/move",
                Map.of("parent", Map.of("parent", "goal-1")), v0 + 2);
        assertEquals(200, under.status(), under.body());
        Strategy moved = store.load(file);
        assertTrue(moved.getGoals().stream().noneMatch(g -> g.getId().equals("goal-3")), "no longer at the top");
        var goal3 = moved.getGoals().get(0).getChildren().stream().filter(g -> g.getId().equals("goal-3")).findFirst()
                .orElseThrow(() -> new AssertionError("goal-3 is not under goal-1"));
        assertEquals("goal-1", goal3.getParent().getId());
        assertTrue(moved.getTactics().get(1).getGoals().contains(goal3), "references to it are kept");

        byte[] before = Files.readAllBytes(file);
        Api.Response cycle = api.post("/api/strategies/acme/entities/goal/goal-1/move",
                Map.of("parent", Map.of("parent", "goal-3")), v0 + 3);
        assertEquals(422, cycle.status(), cycle.body());
        assertTrue(cycle.json().get("error").getAsString().contains("goal-1 cannot go under goal-3, which is inside it"),
                cycle.body());
        assertEquals(422, api.post("/api/strategies/acme/entities/goal/goal-1/move", Map.of(), v0 + 3).status());
        assertEquals(400, api.post("/api/strategies/acme/entities/goal/goal-1/move", Map.of("position", "first"),
                v0 + 3).status());
        assertArrayEquals(before, Files.readAllBytes(file), "refused moves change nothing");

        Api.Response back = api.post("/api/strategies/acme/entities/goal/goal-3/move",
                Map.of("parent", Map.of(), "position", 2), v0 + 3);
        assertEquals(200, back.status(), back.body());
        assertEquals("goal-3", store.load(file).getGoals().get(1).getId(), "back at the top level, second");
        String history = api.get("/api/strategies/acme/changes?since=" + v0).body();
        assertTrue(history.contains("moved step tactic-step-4 to place 1"), history);
        assertTrue(history.contains("moved goal goal-3 under goal-1"), history);
        assertTrue(history.contains("moved goal goal-3 to the top level to place 2"), history);
    }

    @Test
    void viewsAnswerWhatTheCommandPrints() throws Exception {
        Api api = new Api(base);
        Api.Response status = api.get("/api/strategies/acme/views/status");
        assertEquals(200, status.status(), status.body());
        assertEquals(0, status.json().get("exitCode").getAsInt(), status.body());
        assertTrue(status.json().get("result").isJsonObject(), status.body());
        assertEquals(404, api.get("/api/strategies/acme/views/rm-rf").status());
        Api.Response kinds = api.get("/api/kinds");
        assertEquals(200, kinds.status());
        assertTrue(kinds.body().contains("\"touchpoint\""), kinds.body());
    }

    private Optional<Touchpoint> touchpoint(Path file, String id) throws Exception {
        return store.load(file).getTouchpoints().stream().filter(t -> id.equals(t.getId())).findFirst();
    }
}
