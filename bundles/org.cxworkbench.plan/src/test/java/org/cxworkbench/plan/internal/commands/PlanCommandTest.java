package org.cxworkbench.plan.internal.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.cxworkbench.api.command.CommandException;
import org.cxworkbench.plan.api.PlanTimeline;
import org.cxworkbench.plan.api.StepPlan;
import org.cxworkbench.plan.fixtures.SeedStrategies;
import org.cxworkbench.plan.internal.TimelineBuilder;
import org.cxworkbench.testing.FakeCommandContext;
import org.cxworkbench.testing.RecordingStrategyStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {

    @TempDir
    Path dir;

    private Path file;
    private PlanCommand command;

    @BeforeEach
    void setUp() throws Exception {
        RecordingStrategyStore store = new RecordingStrategyStore();
        file = store.write(SeedStrategies.chatbotWithSteps(), dir.resolve("acme.cxs"));
        command = new PlanCommand(store, new TimelineBuilder(),
                Clock.fixed(Instant.parse("2026-07-01T09:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void flagsOverdueAndUnownedStepsOfTheChatbotTacticAgainstAFixedDay() throws Exception {
        FakeCommandContext context = new FakeCommandContext().arg("FILE", file.toString())
                .option("--today", "2026-08-12").withFlag("--json");
        command.run(context);

        PlanTimeline timeline = context.printed();
        assertEquals(LocalDate.of(2026, 8, 12), timeline.today());
        List<StepPlan> steps = timeline.tactics().get(0).steps();
        assertEquals(List.of(1, 2, 3, 4), steps.stream().map(StepPlan::number).toList());
        assertEquals(List.of(false, true, false, false), steps.stream().map(StepPlan::overdue).toList(),
                "only 'implement it on your site' (due 2026-08-09, in progress) is overdue on 2026-08-12");
        assertEquals(List.of(true, false, true, true), steps.stream().map(StepPlan::unowned).toList(),
                "only step 2 has an owner and the tactic has none");
        assertEquals("Tom", steps.get(1).owner().name());
        assertEquals(List.of("goal-2", "goal-3"), timeline.tactics().get(0).goals().stream().map(r -> r.id()).toList());
        assertEquals("opportunity-1", timeline.tactics().get(0).opportunities().get(0).id());
        assertEquals(4, timeline.summary().steps());
        assertEquals(1, timeline.summary().done());
        assertEquals(1, timeline.summary().overdue());
        assertEquals(3, timeline.summary().unowned());
        assertEquals(0, timeline.summary().overdueTactics());
    }

    @Test
    void laterEverythingOpenIsOverdueAndTheTacticToo() throws Exception {
        FakeCommandContext context = new FakeCommandContext().arg("FILE", file.toString()).option("--today", "2026-09-30");
        command.run(context);

        String text = context.output();
        assertTrue(text.contains("4 steps: 1 done, 1 in progress, 2 planned, 0 blocked, 0 cancelled; 3 overdue, 3 unowned"),
                text);
        assertTrue(text.contains("tactic-1  Chatbot on the website  [IN_PROGRESS]  OVERDUE"), text);
        assertTrue(text.lines().anyMatch(l -> l.contains("2. 2026-07-20 -> 2026-08-09  IN_PROGRESS")
                && l.contains("Implement it on your site") && l.contains("Tom") && l.contains("OVERDUE")
                && !l.contains("UNOWNED")), text);
        assertTrue(text.lines().anyMatch(l -> l.contains("4. 2026-08-17 -> 2026-08-17") && l.contains("Launch!")
                && l.contains("OVERDUE UNOWNED")), text);
        assertFalse(text.lines().anyMatch(l -> l.contains("Find a chatbot") && l.contains("OVERDUE")), text);
    }

    @Test
    void defaultsTodayToTheClockAndRefusesAMalformedDay() throws Exception {
        FakeCommandContext context = new FakeCommandContext().arg("FILE", file.toString()).withFlag("--json");
        command.run(context);
        PlanTimeline timeline = context.printed();
        assertEquals(LocalDate.of(2026, 7, 1), timeline.today());
        assertEquals(0, timeline.summary().overdue());

        CommandException e = assertThrows(CommandException.class, () -> command.run(
                new FakeCommandContext().arg("FILE", file.toString()).option("--today", "tomorrow")));
        assertEquals(2, e.exitCode());
        assertTrue(e.getMessage().contains("--today 'tomorrow'"));
    }

    @Test
    void reportsAMissingFileAsInputError() {
        CommandException e = assertThrows(CommandException.class, () -> command.run(
                new FakeCommandContext().arg("FILE", dir.resolve("missing.cxs").toString())));
        assertEquals(2, e.exitCode());
        assertTrue(e.getMessage().contains("missing.cxs"));
    }
}
