package org.cxworkbench.goals.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cxworkbench.api.command.CxwCommand;
import org.cxworkbench.api.kpi.KpiService;
import org.cxworkbench.api.store.StrategyStore;
import org.cxworkbench.model.Goal;
import org.cxworkbench.model.GoalStatus;
import org.cxworkbench.model.SmartCheck;
import org.cxworkbench.model.SmartCriterion;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.testing.CommandRun;
import org.cxworkbench.testing.TestStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** cxw goal-check and cxw objectives on real strategy files, parsed as cxw parses them. */
class GoalCheckCommandTest {

    @TempDir
    Path dir;

    private final StrategyStore store = TestStore.create();
    private final FakeKpiService kpis = new FakeKpiService().put("NPS", "2026-08", 41.6)
            .put("RESOLUTION_TIME", "2026-08", 26);
    private Path file;

    @BeforeEach
    void writeExample() throws Exception {
        file = dir.resolve("acme.cxs");
        store.saveAs(Strategies.example(), file);
    }

    private CommandRun goalCheck(KpiService kpiService, String... args) {
        return CommandRun.of(new GoalCheckCommand(store, kpiService), dir, args);
    }

    private Goal reloaded(String id) throws Exception {
        return GoalTree.find(store.load(file), id).orElseThrow();
    }

    @Test
    void storesSmartResultsAndProgressInTheFile() throws Exception {
        CommandRun run = goalCheck(kpis, "acme.cxs", "--period", "2026-08");
        assertEquals(CxwCommand.OK, run.exitCode(), run.err());
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
        String out = run.out();
        assertTrue(out.contains("goal-1 'Raise NPS'"), out);
        assertTrue(out.contains("  M pass  NPS +1.0 points: 41.0 points -> 42.0 points"), out);
        assertTrue(out.contains("status ON_TRACK: NPS 41.6 points in 2026-08 (baseline 41.0 points, target 42.0 "
                + "points): 60 % of the way with 67 % of the time gone"), out);
        assertTrue(out.contains("2 goal(s) checked for 2026-08; 0 fail a SMART letter."), out);
    }

    @Test
    void repeatedRunsKeepTheSmartCheckIdsAndTheFileStable() throws Exception {
        goalCheck(kpis, "acme.cxs");
        List<String> first = reloaded("goal-1").getSmartChecks().stream().map(SmartCheck::getId).toList();
        byte[] afterFirst = Files.readAllBytes(file);
        goalCheck(kpis, "acme.cxs");
        assertEquals(first, reloaded("goal-1").getSmartChecks().stream().map(SmartCheck::getId).toList());
        assertArrayEquals(afterFirst, Files.readAllBytes(file));
    }

    @Test
    void aFailingLetterExitsWithOneAndIsStored() throws Exception {
        Strategy s = store.load(file);
        Goal nps = GoalTree.find(s, "goal-1").orElseThrow();
        nps.setBaseline(10);
        nps.setTargetChange(60);
        store.save(s);
        CommandRun run = goalCheck(null, "acme.cxs", "goal-1");
        assertEquals(CxwCommand.VALIDATION_FAILED, run.exitCode());
        SmartCheck achievable = reloaded("goal-1").getSmartChecks().get(2);
        assertFalse(achievable.isPassed());
        assertTrue(achievable.getReason().startsWith("+60.0 points in one quarter is more than NPS plausibly moves"));
        assertEquals(GoalStatus.UNKNOWN, reloaded("goal-1").getStatus());
        assertFalse(reloaded("goal-1").isSetMeasuredValue());
        assertTrue(reloaded("goal-2").getSmartChecks().isEmpty(), "only the named goal is checked");
        assertTrue(run.out().contains("  A FAIL  +60.0 points"), run.out());
        assertTrue(run.out().contains("fix: cxw goal update acme.cxs goal-1 --target-change 20"), run.out());
    }

    @Test
    void jsonHasOneEntryPerGoal() {
        CommandRun run = goalCheck(kpis, "acme.cxs", "--json", "--period", "2026-08");
        assertEquals(0, run.exitCode(), run.err());
        JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals("2026-08", json.get("period").getAsString());
        JsonArray goals = json.getAsJsonArray("goals");
        assertEquals(2, goals.size());
        JsonObject ttr = goals.get(1).getAsJsonObject();
        assertEquals("goal-2", ttr.get("id").getAsString());
        assertEquals(1, ttr.get("level").getAsInt());
        assertEquals("goal-1", ttr.get("parent").getAsString());
        assertTrue(ttr.get("smartPassed").getAsBoolean());
        assertEquals(5, ttr.getAsJsonArray("smart").size());
        JsonObject progress = ttr.getAsJsonObject("progress");
        assertEquals("ON_TRACK", progress.get("status").getAsString());
        assertEquals(24.0, progress.get("target").getAsDouble(), 1e-9);
    }

    @Test
    void badInputIsRejectedAndNothingIsSaved() throws Exception {
        byte[] before = Files.readAllBytes(file);
        CommandRun unknownGoal = goalCheck(kpis, "acme.cxs", "goal-9");
        assertEquals(CxwCommand.USAGE_OR_INPUT_ERROR, unknownGoal.exitCode());
        assertEquals("cxw goal-check: acme.cxs: no goal with id 'goal-9'; goals: goal-1, goal-2",
                unknownGoal.failure().getMessage());
        CommandRun badPeriod = goalCheck(kpis, "acme.cxs", "--period", "Q3");
        assertEquals(CxwCommand.USAGE_OR_INPUT_ERROR, badPeriod.exitCode());
        assertTrue(badPeriod.err().contains("--period Q3 is not a period like 2026-Q3"), badPeriod.err());
        assertEquals(CxwCommand.USAGE_OR_INPUT_ERROR, goalCheck(kpis, "acme.cxs", "--accept").exitCode());
        assertEquals(CxwCommand.USAGE_OR_INPUT_ERROR, goalCheck(kpis, "missing.cxs").exitCode());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aStrategyWithoutGoalsFailsValidation() throws Exception {
        Path empty = dir.resolve("empty.cxs");
        store.saveAs(Strategies.empty(), empty);
        CommandRun run = goalCheck(kpis, "empty.cxs");
        assertEquals(CxwCommand.VALIDATION_FAILED, run.exitCode());
        assertTrue(run.out().startsWith("empty.cxs has no goals yet."), run.out());
    }

    @Test
    void objectivesAreAddedListedAndRemoved() throws Exception {
        ObjectivesCommand objectives = new ObjectivesCommand(store);
        CommandRun add = CommandRun.of(objectives, dir, "acme.cxs", "--add", "Win back lapsed customers", "--add",
                "Make support effortless");
        assertEquals(0, add.exitCode(), add.err());
        assertEquals(List.of("Keep busy parents ordering groceries with us every week", "Win back lapsed customers",
                "Make support effortless"), store.load(file).getObjectives());
        CommandRun remove = CommandRun.of(objectives, dir, "acme.cxs", "--remove", "1", "--remove", "3");
        assertEquals(0, remove.exitCode(), remove.err());
        assertEquals(List.of("Win back lapsed customers"), store.load(file).getObjectives());
        assertEquals("1. Win back lapsed customers", CommandRun.of(objectives, dir, "acme.cxs").out().strip());
        CommandRun wrong = CommandRun.of(objectives, dir, "acme.cxs", "--remove", "4");
        assertEquals(CxwCommand.USAGE_OR_INPUT_ERROR, wrong.exitCode());
        assertEquals("cxw objectives: acme.cxs has 1 objective(s); there is no number 4", wrong.failure().getMessage());
    }
}
