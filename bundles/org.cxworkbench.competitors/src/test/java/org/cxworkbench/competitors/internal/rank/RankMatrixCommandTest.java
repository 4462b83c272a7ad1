package org.cxworkbench.competitors.internal.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.cxworkbench.api.command.CommandException;
import org.cxworkbench.api.command.CxwCommand;
import org.cxworkbench.competitors.internal.testing.CompetitorFixtures;
import org.cxworkbench.testing.FakeCommandContext;
import org.cxworkbench.testing.RecordingStrategyStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RankMatrixCommandTest {

    @TempDir
    Path dir;

    private final RecordingStrategyStore store = new RecordingStrategyStore();
    private RankMatrixCommand command;

    @BeforeEach
    void saveFixture() throws Exception {
        store.saveAs(CompetitorFixtures.grocer(), dir.resolve("grocer.cxs"));
        command = new RankMatrixCommand(store, new ObservedRankTracker());
    }

    @Test
    void printsOneRowPerTopKeywordWithChangesPerSubject() throws Exception {
        FakeCommandContext context = new FakeCommandContext(dir).arg("FILE", "grocer.cxs").option("--top", "2");

        assertEquals(CxwCommand.OK, command.run(context));

        String out = context.textOutput();
        assertTrue(out.contains("Own brand"), out);
        assertTrue(out.contains("QuickCart") && out.contains("GreenGrocer"), out);
        String deliveryRow = out.lines().filter(l -> l.startsWith("online grocery delivery (1)")).findFirst().orElseThrow();
        assertTrue(deliveryRow.contains("3 (up 2)") && deliveryRow.contains("2 (down 1)") && deliveryRow.contains("4 (entered)"),
                deliveryRow);
        assertTrue(deliveryRow.endsWith("2026-07-01"), deliveryRow);
        assertTrue(out.contains("grocery app (2)"), out);
        assertTrue(!out.contains("weeknight meal ideas"), "only the top 2 keywords: " + out);
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonHasSubjectsAndCellsWithPositions() throws Exception {
        FakeCommandContext context = new FakeCommandContext(dir).arg("FILE", "grocer.cxs").withFlag("--json");

        command.run(context);

        Map<String, Object> json = context.printed();
        assertEquals("", context.textOutput(), "nothing but JSON");
        List<Map<String, Object>> subjects = (List<Map<String, Object>>) json.get("subjects");
        assertEquals(List.of("Own brand", "QuickCart", "GreenGrocer"), subjects.stream().map(s -> s.get("name")).toList());
        List<Map<String, Object>> keywords = (List<Map<String, Object>>) json.get("keywords");
        assertEquals(5, keywords.size());
        Map<String, Object> first = keywords.get(0);
        assertEquals("online grocery delivery", first.get("term"));
        List<Map<String, Object>> cells = (List<Map<String, Object>>) first.get("cells");
        assertEquals(3, cells.size());
        assertEquals(3, cells.get(0).get("latestPosition"));
        assertEquals(5, cells.get(0).get("previousPosition"));
        assertEquals(2, cells.get(0).get("placesGained"));
        assertEquals("competitor-1", cells.get(1).get("competitorId"));
        assertEquals(-1, cells.get(1).get("placesGained"));
    }

    @Test
    void rejectsATopThatIsNotAPositiveNumber() {
        FakeCommandContext context = new FakeCommandContext(dir).arg("FILE", "grocer.cxs").option("--top", "zero");

        CommandException e = assertThrows(CommandException.class, () -> command.run(context));

        assertTrue(e.getMessage().contains("--top") && e.getMessage().contains("zero"), e.getMessage());
        assertEquals(CxwCommand.USAGE_OR_INPUT_ERROR, e.exitCode());
    }
}
