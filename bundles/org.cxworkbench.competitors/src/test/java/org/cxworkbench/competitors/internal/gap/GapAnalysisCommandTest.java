package org.cxworkbench.competitors.internal.gap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.cxworkbench.api.command.CommandException;
import org.cxworkbench.api.command.CxwCommand;
import org.cxworkbench.competitors.internal.testing.CompetitorFixtures;
import org.cxworkbench.model.Opportunity;
import org.cxworkbench.model.OpportunitySource;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.testing.FakeCommandContext;
import org.cxworkbench.testing.RecordingStrategyStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GapAnalysisCommandTest {

    @TempDir
    Path dir;

    private final RecordingStrategyStore store = new RecordingStrategyStore();
    private GapAnalysisCommand command;
    private Path file;

    @BeforeEach
    void saveFixture() throws Exception {
        file = dir.resolve("grocer.cxs");
        store.saveAs(CompetitorFixtures.grocer(), file);
        command = new GapAnalysisCommand(store);
    }

    private FakeCommandContext context() {
        return new FakeCommandContext(dir).arg("FILE", "grocer.cxs");
    }

    @Test
    void withoutAcceptItOnlyPrintsTheProposals() throws Exception {
        FakeCommandContext context = context();

        assertEquals(CxwCommand.OK, command.run(context));

        String out = context.textOutput();
        assertTrue(out.contains("3 opportunities found, 0 already recorded"), out);
        assertTrue(out.contains("[complaint] Chatbot that takes details and has an agent call back"), out);
        assertTrue(out.contains("[advantage] Press our advantage over GreenGrocer"), out);
        assertTrue(out.contains("[gap] Close the gap to QuickCart: Small organic range"), out);
        assertTrue(out.contains("links: their weakness swot-item-5, our strength swot-item-1"), out);
        assertTrue(out.contains("cxw gap-analysis grocer.cxs --accept"), out);
        assertEquals(1, store.saves(), "nothing saved after the fixture");
        assertTrue(store.load(file).getOpportunities().isEmpty());
    }

    @Test
    void acceptSavesOpportunitiesThatSurviveAReloadAndReAcceptAddsNone() throws Exception {
        FakeCommandContext first = context().withFlag("--accept");
        command.run(first);

        Strategy reloaded = store.load(file);
        assertEquals(3, reloaded.getOpportunities().size());
        Opportunity chatbot = reloaded.getOpportunities().get(2);
        assertEquals("opportunity-3", chatbot.getId());
        assertEquals("Chatbot that takes details and has an agent call back", chatbot.getName());
        assertEquals(OpportunitySource.COMPETITOR_GAP, chatbot.getSource());
        assertEquals("swot-item-3", chatbot.getTheirWeakness().getId());
        assertEquals("Customers wait long for a service rep", chatbot.getTheirWeakness().getText());
        Opportunity gap = reloaded.getOpportunities().get(1);
        assertEquals("swot-item-4", gap.getTheirStrength().getId());
        assertEquals("swot-item-2", gap.getOurWeakness().getId());
        assertTrue(first.output().contains("3 opportunities added and saved."), first.output());
        assertTrue(first.output().contains("added as opportunity-1"), first.output());

        FakeCommandContext again = context().withFlag("--accept");
        command.run(again);

        assertEquals(3, store.load(file).getOpportunities().size());
        assertTrue(again.output().contains("already recorded as opportunity-3"), again.output());
        assertTrue(again.output().contains("0 opportunities added"), again.output());
        assertEquals(2, store.saves(), "the fixture and the first accept; the second accept had nothing to save");
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonListsProposalsWithLinksAndWhatWasAdded() throws Exception {
        FakeCommandContext context = context().withFlag("--accept").withFlag("--json");

        command.run(context);

        assertEquals("", context.textOutput());
        Map<String, Object> json = context.printed();
        List<Map<String, Object>> proposals = (List<Map<String, Object>>) json.get("proposals");
        assertEquals(List.of("advantage", "gap", "complaint"), proposals.stream().map(p -> p.get("kind")).toList());
        assertEquals("swot-item-5", proposals.get(0).get("theirWeakness"));
        assertEquals(false, proposals.get(0).get("alreadyRecorded"));
        assertEquals("opportunity-1", proposals.get(0).get("opportunity"));
        assertEquals(List.of("opportunity-1", "opportunity-2", "opportunity-3"), json.get("added"));
    }

    @Test
    void saysWhatIsMissingWhenThereIsNothingToCompare() throws Exception {
        Strategy empty = CompetitorFixtures.F.createStrategy();
        empty.setName("Empty");
        store.saveAs(empty, dir.resolve("empty.cxs"));
        FakeCommandContext context = new FakeCommandContext(dir).arg("FILE", "empty.cxs");

        command.run(context);

        assertTrue(context.textOutput().contains("No gaps found in empty.cxs."), context.textOutput());
        assertTrue(context.textOutput().contains("no competitor SWOT yet"), context.textOutput());
    }

    @Test
    void aMissingFileIsAnInputError() {
        FakeCommandContext context = new FakeCommandContext(dir).arg("FILE", "missing.cxs");

        CommandException e = assertThrows(CommandException.class, () -> command.run(context));

        assertTrue(e.getMessage().contains("missing.cxs"), e.getMessage());
        assertEquals(CxwCommand.USAGE_OR_INPUT_ERROR, e.exitCode());
    }
}
