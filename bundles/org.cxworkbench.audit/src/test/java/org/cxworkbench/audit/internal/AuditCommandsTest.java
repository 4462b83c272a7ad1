package org.cxworkbench.audit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.cxworkbench.api.command.CommandException;
import org.cxworkbench.api.command.CxwCommand;
import org.cxworkbench.api.command.StrategyFiles;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.SwotItem;
import org.cxworkbench.model.SwotQuadrant;
import org.cxworkbench.model.SwotSubject;
import org.cxworkbench.model.Touchpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandsTest {

    @TempDir
    Path dir;

    private final XmiTestStore store = new XmiTestStore();
    private Path file;

    @BeforeEach
    void writeAudit() throws Exception {
        file = dir.resolve("acme.cxs");
        store.saveAs(AuditStrategies.audited(), file);
        store.saves = 0;
    }

    private FakeCommandContext context() {
        return new FakeCommandContext().withArg(StrategyFiles.FILE, file.toString());
    }

    @Test
    void auditPrintsTheInventoryByChannel() throws Exception {
        FakeCommandContext context = context();
        assertEquals(CxwCommand.OK, new AuditCommand(store).run(context));
        String out = context.stdout();
        assertTrue(out.startsWith("Touchpoint inventory of Acme groceries CX strategy 2026: 4 touchpoints in 4 "
                + "channels"), out);
        assertTrue(out.contains("\nmobile app\n  Order       touchpoint-1 Mobile app     owner: E-commerce team   "
                + "rating 4.5 of 5 (2026-Q3)\n"), out);
        assertTrue(out.contains("ratings: 2026-Q2 3.0, 2026-Q3 2.0 (trend -1.0)"), out);
        assertTrue(out.contains("pain points 3, opportunities 0, works well 0, threats 0"), out);
        assertTrue(out.contains("Average rating per period: 2026-Q2 3.5, 2026-Q3 3.3"), out);
        assertEquals(0, store.saves);
    }

    @Test
    void auditJsonUpToAPeriod() throws Exception {
        FakeCommandContext context = context().withFlag("--json").withOption("--period", "2026-Q2");
        new AuditCommand(store).run(context);
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) context.printedJson();
        assertEquals("2026-Q2", json.get("period"));
        List<?> touchpoints = (List<?>) json.get("touchpoints");
        assertEquals(4, touchpoints.size());
        Map<?, ?> app = (Map<?, ?>) touchpoints.get(1);
        assertEquals("touchpoint-1", app.get("id"));
        assertEquals(4.0, app.get("latestRating"));
        assertEquals(Map.of("2026-Q2", 4.0), app.get("ratings"));
        assertEquals(Map.of("2026-Q2", 3.5), json.get("averageRatingByPeriod"));
    }

    @Test
    void aBadPeriodIsAUsageError() {
        CommandException e = assertThrows(CommandException.class,
                () -> new AuditCommand(store).run(context().withOption("--period", "2026-13")));
        assertEquals("cxw audit: --period 2026-13 is not a period like 2026-Q3 or 2026-09", e.getMessage());
        assertEquals(CxwCommand.USAGE_OR_INPUT_ERROR, e.exitCode());
    }

    @Test
    void suggestionsArePrintedButNotSavedWithoutAccept() throws Exception {
        byte[] before = Files.readAllBytes(file);
        FakeCommandContext context = context();
        assertEquals(CxwCommand.OK, new SwotSuggestCommand(store).run(context));
        String out = context.stdout();
        assertTrue(out.contains("strength    Mobile app: rated 4.5 of 5 in 2026-Q3"), out);
        assertTrue(out.contains("evidence: touchpoint-2 (latest rating 2.0 <= 2.5, pain point seen at least 5 times)"),
                out);
        assertTrue(out.contains("5 new suggestion(s). Add them with: cxw swot-suggest " + file + " --accept"), out);
        assertEquals(0, store.saves);
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)));
    }

    @Test
    void acceptAddsSuggestionsOnceWithTheirEvidence() throws Exception {
        new SwotSuggestCommand(store).run(context().withFlag("--accept"));
        Strategy saved = store.load(file);
        List<SwotItem> items = saved.getSwotItems();
        assertEquals(5, items.size());
        assertTrue(items.stream().allMatch(SwotItem::isSuggested));
        assertTrue(items.stream().allMatch(i -> i.getSubjectKind() == SwotSubject.OWN_CX));
        SwotItem phone = items.stream().filter(i -> i.getQuadrant() == SwotQuadrant.THREAT).findFirst().orElseThrow();
        assertEquals(List.of("touchpoint-2"), phone.getEvidenceTouchpoints().stream().map(Touchpoint::getId).toList());
        assertTrue(items.stream().allMatch(i -> i.getId() != null));

        FakeCommandContext again = context().withFlag("--accept");
        new SwotSuggestCommand(store).run(again);
        assertEquals(5, store.load(file).getSwotItems().size());
        assertTrue(again.stdout().contains("Nothing new to add; the SWOT already has every suggestion."));
        assertEquals(1, store.saves, "a run that adds nothing does not rewrite the file");

        Strategy rerated = store.load(file);
        AuditStrategies.rating(AuditStrategies.touchpoint(rerated, "touchpoint-2"), "rating-40", "2026-Q4", 1.5);
        store.save(rerated);
        new SwotSuggestCommand(store).run(context().withFlag("--accept"));
        assertEquals(5, store.load(file).getSwotItems().size(), "a new rating does not duplicate the weakness");
    }

    @Test
    void suggestJsonAndThePainFrequencyOption() throws Exception {
        FakeCommandContext context = context().withFlag("--json").withOption("--pain-frequency", "2");
        new SwotSuggestCommand(store).run(context);
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) context.printedJson();
        assertEquals(6, json.get("new"));
        assertEquals(0, json.get("added"));
        List<?> suggestions = (List<?>) json.get("suggestions");
        Map<?, ?> first = (Map<?, ?>) suggestions.get(0);
        assertEquals(SwotQuadrant.STRENGTH, first.get("quadrant"));
        assertEquals(List.of("touchpoint-1"), first.get("evidence"));
        assertFalse(json.containsKey("error"));
        CommandException e = assertThrows(CommandException.class,
                () -> new SwotSuggestCommand(store).run(context().withOption("--pain-frequency", "0")));
        assertEquals("cxw swot-suggest: --pain-frequency 0 is not a whole number of 1 or more", e.getMessage());
    }
}
