package org.cxworkbench.audit.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cxworkbench.api.command.CxwCommand;
import org.cxworkbench.api.store.StrategyStore;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.SwotItem;
import org.cxworkbench.model.SwotQuadrant;
import org.cxworkbench.model.SwotSubject;
import org.cxworkbench.model.Touchpoint;
import org.cxworkbench.testing.CommandRun;
import org.cxworkbench.testing.TestStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** cxw audit and cxw swot-suggest on real strategy files, parsed as cxw parses them. */
class AuditCommandsTest {

    @TempDir
    Path dir;

    private final StrategyStore store = TestStore.create();
    private Path file;

    @BeforeEach
    void writeAudit() throws Exception {
        file = dir.resolve("acme.cxs");
        store.saveAs(AuditStrategies.audited(), file);
    }

    private CommandRun audit(String... args) {
        return CommandRun.of(new AuditCommand(store), dir, args);
    }

    private CommandRun suggest(String... args) {
        return CommandRun.of(new SwotSuggestCommand(store), dir, args);
    }

    @Test
    void auditPrintsTheInventoryByChannel() throws Exception {
        byte[] before = Files.readAllBytes(file);
        CommandRun run = audit("acme.cxs");
        assertEquals(CxwCommand.OK, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.startsWith("Touchpoint inventory of Acme groceries CX strategy 2026: 4 touchpoints in 4 "
                + "channels"), out);
        assertTrue(out.contains("\nmobile app\n  Order       touchpoint-1 Mobile app     owner: E-commerce team   "
                + "rating 4.5 of 5 (2026-Q3)\n"), out);
        assertTrue(out.contains("ratings: 2026-Q2 3.0, 2026-Q3 2.0 (trend -1.0)"), out);
        assertTrue(out.contains("pain points 3, opportunities 0, works well 0, threats 0"), out);
        assertTrue(out.contains("Average rating per period: 2026-Q2 3.5, 2026-Q3 3.3"), out);
        assertArrayEquals(before, Files.readAllBytes(file), "the audit only reads");
    }

    @Test
    void auditJsonUpToAPeriod() {
        CommandRun run = audit("acme.cxs", "--json", "--period", "2026-Q2");
        assertEquals(0, run.exitCode(), run.err());
        JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals("2026-Q2", json.get("period").getAsString());
        JsonArray touchpoints = json.getAsJsonArray("touchpoints");
        assertEquals(4, touchpoints.size());
        JsonObject app = touchpoints.get(1).getAsJsonObject();
        assertEquals("touchpoint-1", app.get("id").getAsString());
        assertEquals("MOBILE_APP", app.get("channel").getAsString());
        assertEquals(4.0, app.get("latestRating").getAsDouble());
        assertEquals(4.0, app.getAsJsonObject("ratings").get("2026-Q2").getAsDouble());
        assertEquals(1, app.getAsJsonObject("ratings").size());
        assertTrue(app.get("trend").isJsonNull());
        assertEquals(3.5, json.getAsJsonObject("averageRatingByPeriod").get("2026-Q2").getAsDouble(), 1e-9);
    }

    @Test
    void aBadPeriodIsAUsageError() {
        CommandRun run = audit("acme.cxs", "--period", "2026-13");
        assertEquals(CxwCommand.USAGE_OR_INPUT_ERROR, run.exitCode());
        assertEquals("cxw audit: --period 2026-13 is not a period like 2026-Q3 or 2026-09", run.failure().getMessage());
    }

    @Test
    void suggestionsArePrintedButNotSavedWithoutAccept() throws Exception {
        byte[] before = Files.readAllBytes(file);
        CommandRun run = suggest("acme.cxs");
        assertEquals(CxwCommand.OK, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.contains("strength    Mobile app: rated 4.5 of 5 in 2026-Q3"), out);
        assertTrue(out.contains("evidence: touchpoint-2 (latest rating 2.0 <= 2.5, pain point seen at least 5 times)"),
                out);
        assertTrue(out.contains("5 new suggestion(s). Add them with: cxw swot-suggest acme.cxs --accept"), out);
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void acceptAddsSuggestionsOnceWithTheirEvidence() throws Exception {
        byte[] original = Files.readAllBytes(file);
        assertEquals(0, suggest("acme.cxs", "--accept").exitCode());
        Strategy saved = store.load(file);
        List<SwotItem> items = saved.getSwotItems();
        assertEquals(5, items.size());
        assertTrue(items.stream().allMatch(SwotItem::isSuggested));
        assertTrue(items.stream().allMatch(i -> i.getSubjectKind() == SwotSubject.OWN_CX));
        assertEquals(List.of("swot-item-1", "swot-item-2", "swot-item-3", "swot-item-4", "swot-item-5"),
                items.stream().map(SwotItem::getId).toList());
        SwotItem threat = items.stream().filter(i -> i.getQuadrant() == SwotQuadrant.THREAT).findFirst().orElseThrow();
        assertEquals(List.of("touchpoint-2"), threat.getEvidenceTouchpoints().stream().map(Touchpoint::getId).toList());
        byte[] accepted = Files.readAllBytes(file);

        CommandRun again = suggest("acme.cxs", "--accept");
        assertTrue(again.out().contains("Nothing new to add; the SWOT already has every suggestion."), again.out());
        assertArrayEquals(accepted, Files.readAllBytes(file));
        assertArrayEquals(original, Files.readAllBytes(dir.resolve("acme.cxs.bak")),
                "a run that adds nothing does not save: the backup is still the version before the first accept");

        Strategy rerated = store.load(file);
        AuditStrategies.rating(AuditStrategies.touchpoint(rerated, "touchpoint-2"), "rating-40", "2026-Q4", 1.5);
        store.save(rerated);
        suggest("acme.cxs", "--accept");
        assertEquals(5, store.load(file).getSwotItems().size(), "a new rating does not duplicate the weakness");
    }

    @Test
    void suggestJsonAndThePainFrequencyOption() {
        CommandRun run = suggest("acme.cxs", "--json", "--pain-frequency", "2");
        assertEquals(0, run.exitCode(), run.err());
        JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals(6, json.get("new").getAsInt());
        assertEquals(0, json.get("added").getAsInt());
        JsonObject first = json.getAsJsonArray("suggestions").get(0).getAsJsonObject();
        assertEquals("STRENGTH", first.get("quadrant").getAsString());
        assertEquals("touchpoint-1", first.getAsJsonArray("evidence").get(0).getAsString());
        CommandRun zero = suggest("acme.cxs", "--pain-frequency", "0");
        assertEquals(CxwCommand.USAGE_OR_INPUT_ERROR, zero.exitCode());
        assertEquals("cxw swot-suggest: --pain-frequency 0 is not a whole number of 1 or more",
                zero.failure().getMessage());
    }
}
