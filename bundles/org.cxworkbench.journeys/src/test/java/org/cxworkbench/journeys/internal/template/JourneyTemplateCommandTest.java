package org.cxworkbench.journeys.internal.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.cxworkbench.api.command.CommandException;
import org.cxworkbench.api.command.CxwCommand;
import org.cxworkbench.journeys.internal.testing.JourneyFixtures;
import org.cxworkbench.model.Journey;
import org.cxworkbench.model.JourneyStage;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.testing.FakeCommandContext;
import org.cxworkbench.testing.RecordingStrategyStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JourneyTemplateCommandTest {

    @TempDir
    Path dir;

    private final RecordingStrategyStore store = new RecordingStrategyStore();
    private final JourneyTemplateCommand command = new JourneyTemplateCommand(store);
    private Path file;

    @BeforeEach
    void saveStrategyWithAnEmptyJourney() throws Exception {
        Strategy s = JourneyFixtures.busyParents();
        Journey empty = JourneyFixtures.F.createJourney();
        empty.setName("Sunday meal planning");
        empty.setPersona(s.getPersonas().get(0));
        s.getJourneys().add(empty);
        file = dir.resolve("parents.cxs");
        store.saveAs(s, file);
    }

    private FakeCommandContext context(String journey, String template) {
        FakeCommandContext context = new FakeCommandContext(dir).arg("FILE", "parents.cxs").arg("JOURNEY_ID", journey);
        return template == null ? context : context.option("--template", template);
    }

    @Test
    void purchaseTemplateAddsAwarenessPurchaseAfterPurchase() throws Exception {
        FakeCommandContext context = context("journey-2", "purchase");

        assertEquals(CxwCommand.OK, command.run(context));

        Journey reloaded = store.load(file).getJourneys().get(1);
        assertEquals(List.of("Awareness", "Purchase", "After purchase"),
                reloaded.getStages().stream().map(JourneyStage::getName).toList());
        assertEquals("awareness-purchase-beyond", reloaded.getTemplate());
        assertEquals("journey-stage-4", reloaded.getStages().get(0).getId(), "ids continue after the existing stages");
        assertTrue(reloaded.getStages().get(2).getDescription().contains("beyond the purchase"));
        assertTrue(context.textOutput().startsWith("Journey journey-2 'Sunday meal planning': 3 stages added from the purchase template"),
                context.textOutput());
    }

    @Test
    @SuppressWarnings("unchecked")
    void fiveETemplateByJourneyNameWithJson() throws Exception {
        FakeCommandContext context = context("sunday meal planning", "FIVE-E").withFlag("--json");

        command.run(context);

        Journey reloaded = store.load(file).getJourneys().get(1);
        assertEquals(List.of("Entice", "Enter", "Engage", "Exit", "Extend"),
                reloaded.getStages().stream().map(JourneyStage::getName).toList());
        assertEquals("5E", reloaded.getTemplate());
        Map<String, Object> json = context.printed();
        assertEquals("journey-2", json.get("journey"));
        assertEquals(5, ((List<?>) json.get("stages")).size());
        assertEquals("", context.textOutput());
    }

    @Test
    void refusesAJourneyThatAlreadyHasStagesAndSavesNothing() throws Exception {
        int saves = store.saves();

        CommandException e = assertThrows(CommandException.class, () -> command.run(context("journey-1", "five-e")));

        assertEquals("parents.cxs: journey journey-1 'Weekly grocery order' already has 3 stages; a template only fills "
                + "an empty journey", e.getMessage());
        assertEquals(CxwCommand.USAGE_OR_INPUT_ERROR, e.exitCode());
        assertEquals(saves, store.saves());
        assertEquals(3, store.load(file).getJourneys().get(0).getStages().size());
    }

    @Test
    void unknownJourneyOrTemplateOrMissingTemplateAreInputErrors() {
        CommandException journey = assertThrows(CommandException.class, () -> command.run(context("journey-9", "purchase")));
        assertTrue(journey.getMessage().startsWith("parents.cxs: no journey 'journey-9'; known journeys: journey-1 "
                + "'Weekly grocery order'"), journey.getMessage());

        CommandException template = assertThrows(CommandException.class, () -> command.run(context("journey-2", "funnel")));
        assertEquals("cxw journey-template: unknown template 'funnel'; use purchase|five-e", template.getMessage());

        CommandException missing = assertThrows(CommandException.class, () -> command.run(context("journey-2", null)));
        assertTrue(missing.getMessage().contains("--template purchase|five-e is required"), missing.getMessage());
    }
}
