package org.cxworkbench.goals.internal;

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
import org.cxworkbench.model.Goal;
import org.cxworkbench.model.GoalStatus;
import org.cxworkbench.model.SmartCheck;
import org.cxworkbench.model.SmartCriterion;
import org.cxworkbench.model.Strategy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoalCheckCommandTest {

    @TempDir
    Path dir;

    private final XmiTestStore store = new XmiTestStore();
    private final FakeKpiService kpis = new FakeKpiService().put("NPS", "2026-08", 41.6)
            .put("RESOLUTION_TIME", "2026-08", 26);
    private Path file;

    @BeforeEach
    void writeExample() throws Exception {
        file = dir.resolve("acme.cxs");
        store.saveAs(Strategies.example(), file);
        store.saves = 0;
    }

    private FakeCommandContext context() {
        return new FakeCommandContext().withArg(StrategyFiles.FILE, file.toString());
    }

    private Goal reloaded(String id) throws Exception {
        return GoalTree.find(store.load(file), id).orElseThrow();
    }

    @Test
    void storesSmartResultsAndProgressInTheFile() throws Exception {
        FakeCommandContext context = context().withOption("--period", "2026-08");
        int exit = new GoalCheckCommand(store, kpis).run(context);
        assertEquals(CxwCommand.OK, exit, context.stdout());
        Goal nps = reloaded("goal-1");
        assertEquals(List.of(SmartCriterion.SPECIFIC, SmartCriterion.MEASURABLE, SmartCriterion.ACHIEVABLE,
                SmartCriterion.RELEVANT, SmartCriterion.TIME_BOUND),
                nps.getSmartChecks().stream().map(SmartCheck::getCriterion).toList());
        assertTrue(nps.getSmartChecks().stream().allMatch(SmartCheck::isPassed));
        assertEquals("NPS +1.0 points: 41.0 points -> 42.0 points", nps.getSmartChecks().get(1).getReason());
        assertEquals(GoalStatus.ON_TRACK, nps.getStatus());
        assertEquals(0.6, nps.getProgress(), 1e-9);
        assertEquals(41.6, nps.getMeasuredValue(), 1e-9);
        Goal ttr = reloaded("goal-2");
        assertEquals(GoalStatus.ON_TRACK, ttr.getStatus());
        assertEquals(26.0, ttr.getMeasuredValue(), 1e-9);
        String out = context.stdout();
        assertTrue(out.contains("goal-1 'Raise NPS'"), out);
        assertTrue(out.contains("  M pass  NPS +1.0 points: 41.0 points -> 42.0 points"), out);
        assertTrue(out.contains("2 goal(s) checked for 2026-08; 0 fail a SMART letter."), out);
    }

    @Test
    void repeatedRunsKeepTheSmartCheckIds() throws Exception {
        new GoalCheckCommand(store, kpis).run(context());
        List<String> first = reloaded("goal-1").getSmartChecks().stream().map(SmartCheck::getId).toList();
        new GoalCheckCommand(store, kpis).run(context());
        assertEquals(first, reloaded("goal-1").getSmartChecks().stream().map(SmartCheck::getId).toList());
        assertEquals(5, reloaded("goal-1").getSmartChecks().size());
    }

    @Test
    void aFailingLetterExitsWithOneAndIsStored() throws Exception {
        Strategy s = store.load(file);
        Goal nps = GoalTree.find(s, "goal-1").orElseThrow();
        nps.setBaseline(10);
        nps.setTargetChange(60);
        store.save(s);
        FakeCommandContext context = context().withArg(GoalCheckCommand.GOAL_ID, "goal-1");
        assertEquals(CxwCommand.VALIDATION_FAILED, new GoalCheckCommand(store, null).run(context));
        SmartCheck achievable = reloaded("goal-1").getSmartChecks().get(2);
        assertFalse(achievable.isPassed());
        assertTrue(achievable.getReason().startsWith("+60.0 points in one quarter is more than NPS plausibly moves"));
        assertEquals(GoalStatus.UNKNOWN, reloaded("goal-1").getStatus());
        assertFalse(reloaded("goal-1").isSetMeasuredValue());
        assertTrue(reloaded("goal-2").getSmartChecks().isEmpty(), "only the named goal is checked");
        String out = context.stdout();
        assertTrue(out.contains("  A FAIL  +60.0 points"), out);
        assertTrue(out.contains("fix: cxw goal update " + file + " goal-1 --target-change 20"), out);
    }

    @Test
    void jsonHasOneEntryPerGoal() throws Exception {
        FakeCommandContext context = context().withFlag("--json").withOption("--period", "2026-08");
        new GoalCheckCommand(store, kpis).run(context);
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) context.printedJson();
        assertEquals("2026-08", json.get("period"));
        List<?> goals = (List<?>) json.get("goals");
        assertEquals(2, goals.size());
        @SuppressWarnings("unchecked")
        Map<String, Object> ttr = (Map<String, Object>) goals.get(1);
        assertEquals("goal-2", ttr.get("id"));
        assertEquals(1, ttr.get("level"));
        assertEquals("goal-1", ttr.get("parent"));
        assertEquals(true, ttr.get("smartPassed"));
        assertEquals(GoalStatus.ON_TRACK, ((org.cxworkbench.api.goals.GoalProgress) ttr.get("progress")).status());
    }

    @Test
    void badInputIsRejectedAndNothingIsSaved() throws Exception {
        byte[] before = Files.readAllBytes(file);
        CommandException unknownGoal = assertThrows(CommandException.class,
                () -> new GoalCheckCommand(store, kpis).run(context().withArg(GoalCheckCommand.GOAL_ID, "goal-9")));
        assertEquals("cxw goal-check: " + file + ": no goal with id 'goal-9'; goals: goal-1, goal-2",
                unknownGoal.getMessage());
        assertEquals(CxwCommand.USAGE_OR_INPUT_ERROR, unknownGoal.exitCode());
        CommandException badPeriod = assertThrows(CommandException.class,
                () -> new GoalCheckCommand(store, kpis).run(context().withOption("--period", "Q3")));
        assertTrue(badPeriod.getMessage().contains("--period Q3 is not a period like 2026-Q3"));
        assertEquals(0, store.saves);
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)));
    }

    @Test
    void objectivesAreAddedListedAndRemoved() throws Exception {
        ObjectivesCommand objectives = new ObjectivesCommand(store);
        objectives.run(context().withOption("--add", "Win back lapsed customers")
                .withOption("--add", "Make support effortless"));
        assertEquals(List.of("Keep busy parents ordering groceries with us every week", "Win back lapsed customers",
                "Make support effortless"), store.load(file).getObjectives());
        objectives.run(context().withOption("--remove", "1").withOption("--remove", "3"));
        assertEquals(List.of("Win back lapsed customers"), store.load(file).getObjectives());
        FakeCommandContext list = context();
        objectives.run(list);
        assertEquals("1. Win back lapsed customers", list.stdout().strip());
        CommandException e = assertThrows(CommandException.class,
                () -> objectives.run(context().withOption("--remove", "4")));
        assertEquals("cxw objectives: " + file + " has 1 objective(s); there is no number 4", e.getMessage());
    }
}
