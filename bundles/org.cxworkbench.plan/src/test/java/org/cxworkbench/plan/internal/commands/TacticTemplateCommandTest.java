package org.cxworkbench.plan.internal.commands;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.cxworkbench.api.command.CommandException;
import org.cxworkbench.api.command.CxwCommand;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.Tactic;
import org.cxworkbench.model.TacticStep;
import org.cxworkbench.model.WorkStatus;
import org.cxworkbench.plan.fixtures.SeedStrategies;
import org.cxworkbench.testing.FakeCommandContext;
import org.cxworkbench.testing.RecordingStrategyStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TacticTemplateCommandTest {

    @TempDir
    Path dir;

    private RecordingStrategyStore store;
    private Path file;
    private TacticTemplateCommand command;

    @BeforeEach
    void setUp() throws Exception {
        store = new RecordingStrategyStore();
        file = store.write(SeedStrategies.chatbotWithoutSteps(), dir.resolve("acme.cxs"));
        command = new TacticTemplateCommand(store, Clock.fixed(Instant.parse("2026-07-01T09:00:00Z"), ZoneOffset.UTC));
    }

    private FakeCommandContext context(String tactic) {
        return new FakeCommandContext().arg("FILE", file.toString()).arg("TACTIC_ID", tactic)
                .option("--template", "chatbot");
    }

    @Test
    void addsTheArticlesFourChatbotStepsInOrderWithSpreadDates() throws Exception {
        int exit = command.run(context("tactic-1").option("--owner", "owner-2").option("--start", "2026-07-06"));

        assertEquals(CxwCommand.OK, exit);
        Tactic tactic = store.reload(file).getTactics().get(0);
        List<TacticStep> steps = tactic.getSteps();
        assertEquals(List.of("Find a chatbot that works for you", "Implement it on your site",
                "Run some tests to make sure it works", "Launch!"), steps.stream().map(TacticStep::getName).toList());
        assertTrue(steps.get(0).getDescription().contains("hands over to your human team"));
        assertEquals(List.of("2026-07-06", "2026-07-20", "2026-08-10", "2026-08-17"),
                steps.stream().map(TacticStep::getStartDate).toList());
        assertEquals(List.of("2026-07-19", "2026-08-09", "2026-08-16", "2026-08-17"),
                steps.stream().map(TacticStep::getDueDate).toList());
        for (TacticStep step : steps) {
            assertEquals("owner-2", step.getOwner().getId());
            assertEquals(WorkStatus.PLANNED, step.getStatus());
            assertTrue(step.getId().startsWith("tactic-step-"), step.getId());
        }
        assertEquals("2026-07-06", tactic.getStartDate());
        assertEquals("2026-08-17", tactic.getDueDate());
    }

    @Test
    void startsOnTheTacticsStartDateElseTodayAndLeavesOwnerToTheTactic() throws Exception {
        command.run(context("Chatbot on the website"));

        Tactic tactic = store.reload(file).getTactics().get(0);
        assertEquals("2026-07-01", tactic.getSteps().get(0).getStartDate());
        assertNull(tactic.getSteps().get(0).getOwner());

        Strategy other = SeedStrategies.chatbotWithoutSteps();
        other.getTactics().get(0).setStartDate("2026-10-05");
        Path second = store.write(other, dir.resolve("second.cxs"));
        command.run(new FakeCommandContext().arg("FILE", second.toString()).arg("TACTIC_ID", "tactic-1")
                .option("--template", "chatbot"));
        assertEquals("2026-10-05", store.reload(second).getTactics().get(0).getSteps().get(0).getStartDate());
        assertEquals("2026-11-16", store.reload(second).getTactics().get(0).getDueDate());
    }

    @Test
    void refusesATacticThatAlreadyHasStepsAndLeavesTheFileAlone() throws Exception {
        command.run(context("tactic-1").option("--start", "2026-07-06"));
        byte[] before = Files.readAllBytes(file);

        CommandException e = assertThrows(CommandException.class,
                () -> command.run(context("tactic-1").option("--start", "2026-07-06")));

        assertEquals(CxwCommand.USAGE_OR_INPUT_ERROR, e.exitCode());
        assertTrue(e.getMessage().contains("tactic-1") && e.getMessage().contains("already has 4 steps"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void namesWhatIsWrongWithBadInput() {
        CommandException unknownTemplate = assertThrows(CommandException.class, () -> command.run(
                new FakeCommandContext().arg("FILE", file.toString()).arg("TACTIC_ID", "tactic-1")
                        .option("--template", "newsletter")));
        assertTrue(unknownTemplate.getMessage().contains("unknown template 'newsletter' (known: chatbot)"));

        CommandException unknownOwner = assertThrows(CommandException.class,
                () -> command.run(context("tactic-1").option("--owner", "owner-9")));
        assertTrue(unknownOwner.getMessage().contains("no owner with id or name 'owner-9'"), unknownOwner.getMessage());
        assertTrue(unknownOwner.getMessage().contains(file.toString()));

        CommandException unknownTactic = assertThrows(CommandException.class, () -> command.run(context("tactic-7")));
        assertTrue(unknownTactic.getMessage().contains("no tactic with id or name 'tactic-7'"));

        CommandException badDate = assertThrows(CommandException.class,
                () -> command.run(context("tactic-1").option("--start", "06/07/2026")));
        assertTrue(badDate.getMessage().contains("--start '06/07/2026' is not a date"));
        assertEquals(1, store.saves(), "only the initial write saved the file");
    }

    @Test
    void printsTheNewStepIdsAsJson() throws Exception {
        FakeCommandContext context = context("tactic-1").option("--start", "2026-07-06").withFlag("--json");
        command.run(context);

        Map<String, Object> json = context.printed();
        assertEquals("tactic-1", json.get("tactic"));
        List<Map<String, Object>> steps = (List<Map<String, Object>>) json.get("steps");
        assertEquals(4, steps.size());
        assertEquals("2026-08-17", steps.get(3).get("dueDate"));
        assertTrue(((String) steps.get(0).get("id")).startsWith("tactic-step-"));
    }
}
