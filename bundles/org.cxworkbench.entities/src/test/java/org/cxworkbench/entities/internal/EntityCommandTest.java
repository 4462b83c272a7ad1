package org.cxworkbench.entities.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.cxworkbench.api.command.CxwCommand;
import org.cxworkbench.api.entity.EntityKind;
import org.cxworkbench.api.failure.PluginFailureLog;
import org.cxworkbench.api.store.StrategyStore;
import org.cxworkbench.model.CxStrategyPackage;
import org.cxworkbench.model.Goal;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.TargetKind;
import org.cxworkbench.testing.CommandRun;
import org.cxworkbench.testing.RecordingFailureLog;
import org.cxworkbench.testing.TestStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityCommandTest {

    private static final CxStrategyPackage P = CxStrategyPackage.eINSTANCE;

    @TempDir
    Path dir;

    private final StrategyStore store = TestStore.create();
    private CxwCommand goals;
    private CxwCommand keywords;
    private CxwCommand ranks;
    private Path file;

    @BeforeEach
    void setUp() throws Exception {
        file = dir.resolve("s.cxs");
        Strategy strategy = store.create(file, "Test strategy");
        strategy.getKpiDefinitions().add(org.cxworkbench.model.CxStrategyFactory.eINSTANCE.createKpiDefinition());
        strategy.getKpiDefinitions().get(0).setCode("NPS");
        strategy.getKpiDefinitions().get(0).setName("Net Promoter Score");
        store.save(strategy);
        goals = new EntityCommand(TestKinds.kind("goal", P.getGoal(), P.getStrategy_Goals(),
                Map.of("--parent", P.getGoal_Children()), List.of(P.getNamed_Name())), store, "org.cxworkbench.goals", TestKinds.guard());
        keywords = new EntityCommand(TestKinds.kind("keyword", P.getKeyword(), P.getStrategy_Keywords(), Map.of(),
                List.of(P.getKeyword_Term())), store, "org.cxworkbench.competitors", TestKinds.guard());
        ranks = new EntityCommand(TestKinds.kind("rank", P.getRankObservation(), P.getStrategy_RankObservations(), Map.of(),
                List.of(P.getRankObservation_Position())), store, "org.cxworkbench.competitors",
                TestKinds.guard());
    }

    @Test
    void addsAGoalTreeWithReferencesByCodeAndSavesIt() throws Exception {
        CommandRun parent = CommandRun.of(goals, dir, "add", "s.cxs", "--name", "Raise NPS by one full point",
                "--kpi", "NPS", "--baseline", "31", "--target-kind", "absolute-change", "--target-change", "1",
                "--period", "2026-Q3");
        assertEquals(0, parent.exitCode(), parent.err());
        assertTrue(parent.out().contains("goal-1"), parent.out());
        CommandRun child = CommandRun.of(goals, dir, "add", "s.cxs", "--name", "Cut time to resolve by 20 %",
                "--parent", "goal-1", "--target-kind", "RELATIVE_CHANGE", "--target-change", "-20");
        assertEquals(0, child.exitCode(), child.err());

        Strategy reloaded = store.load(file);
        Goal top = reloaded.getGoals().get(0);
        assertEquals("NPS", top.getKpi().getCode());
        assertEquals(31.0, top.getBaseline());
        assertEquals(TargetKind.ABSOLUTE_CHANGE, top.getTargetKind());
        assertEquals("2026-Q3", top.getPeriod());
        assertEquals(1, top.getChildren().size());
        assertEquals("goal-2", top.getChildren().get(0).getId());
        assertEquals(-20.0, top.getChildren().get(0).getTargetChange());
    }

    @Test
    void listsShowsUpdatesAndRemoves() throws Exception {
        CommandRun.of(goals, dir, "add", "s.cxs", "--name", "A");
        CommandRun.of(goals, dir, "add", "s.cxs", "--name", "B");
        CommandRun list = CommandRun.of(goals, dir, "list", "s.cxs");
        assertTrue(list.out().contains("goal-1") && list.out().contains("goal-2") && list.out().contains("2 goals"),
                list.out());
        assertEquals(0, CommandRun.of(goals, dir, "update", "s.cxs", "goal-2", "--statement", "Be specific").exitCode());
        CommandRun show = CommandRun.of(goals, dir, "show", "s.cxs", "goal-2", "--json");
        assertTrue(show.out().contains("\"statement\": \"Be specific\""), show.out());
        assertEquals(0, CommandRun.of(goals, dir, "remove", "s.cxs", "goal-1").exitCode());
        Strategy reloaded = store.load(file);
        assertEquals(1, reloaded.getGoals().size());
        assertEquals("goal-2", reloaded.getGoals().get(0).getId());
    }

    @Test
    void badValuesAreRefusedWithTheOptionNamedAndTheFileUnchanged() throws Exception {
        byte[] before = Files.readAllBytes(file);
        assertRefused(CommandRun.of(goals, dir, "add", "s.cxs", "--name", "X", "--baseline", "lots"),
                "--baseline: 'lots' is not a number");
        assertRefused(CommandRun.of(goals, dir, "add", "s.cxs", "--name", "X", "--kpi", "CSAT"),
                "--kpi: no KpiDefinition with id or name 'CSAT'");
        assertRefused(CommandRun.of(goals, dir, "add", "s.cxs", "--name", "X", "--target-kind", "sideways"),
                "--target-kind: 'sideways' is not one of absolute-change");
        assertRefused(CommandRun.of(goals, dir, "add", "s.cxs", "--name", "X", "--due-date", "30/09/2026"),
                "--due-date: '30/09/2026' is not a date like 2026-09-30");
        assertRefused(CommandRun.of(goals, dir, "add", "s.cxs", "--name", "X", "--period", "Q3"),
                "is not a period like 2026-Q3");
        assertRefused(CommandRun.of(goals, dir, "add", "s.cxs", "--statement", "no name"), "--name is required");
        assertRefused(CommandRun.of(goals, dir, "show", "s.cxs", "goal-99"), "no goal with id 'goal-99'");
        assertRefused(CommandRun.of(goals, dir, "add", "s.cxs", "--name", "X", "--colour", "red"),
                "unknown option --colour");
        assertRefused(CommandRun.of(goals, dir, "fly", "s.cxs"), "unknown action 'fly'");
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)), "refused changes must not touch the file");
    }

    @Test
    void removingAnElementOthersRequireIsRefused() throws Exception {
        assertEquals(0, CommandRun.of(keywords, dir, "add", "s.cxs", "--term", "grocery app").exitCode());
        CommandRun rank = CommandRun.of(ranks, dir, "add", "s.cxs", "--keyword", "keyword-1", "--date", "2026-07-15",
                "--position", "3");
        assertEquals(0, rank.exitCode(), rank.err());
        assertRefused(CommandRun.of(ranks, dir, "add", "s.cxs", "--position", "3"), "--keyword is required");
        CommandRun remove = CommandRun.of(keywords, dir, "remove", "s.cxs", "keyword-1");
        assertEquals(2, remove.exitCode());
        assertTrue(remove.err().contains("keyword-1 is required by rank-observation-1 (keyword)"), remove.err());
        assertEquals(1, store.load(file).getKeywords().size());
    }

    @Test
    void removingAGoalClearsReferencesToIt() throws Exception {
        CommandRun.of(goals, dir, "add", "s.cxs", "--name", "Parent");
        CommandRun.of(goals, dir, "add", "s.cxs", "--name", "Child", "--parent", "goal-1");
        CommandRun remove = CommandRun.of(goals, dir, "remove", "s.cxs", "goal-1", "--json");
        assertEquals(0, remove.exitCode(), remove.err());
        assertTrue(store.load(file).getGoals().isEmpty(), "the child goes with its parent");
    }

    @Test
    void moveReordersAndReparentsGoalsAndSavesIt() throws Exception {
        CommandRun.of(goals, dir, "add", "s.cxs", "--name", "Raise NPS");
        CommandRun.of(goals, dir, "add", "s.cxs", "--name", "Cut churn");
        CommandRun.of(goals, dir, "add", "s.cxs", "--name", "Fix delivery", "--parent", "goal-1");

        CommandRun under = CommandRun.of(goals, dir, "move", "s.cxs", "goal-3", "--parent", "goal-2");
        assertEquals(0, under.exitCode(), under.err());
        assertTrue(under.out().contains("Moved goal goal-3 (Fix delivery) to place 1 of 1 in goal-2"), under.out());
        Strategy saved = store.load(file);
        assertEquals("goal-3", saved.getGoals().get(1).getChildren().get(0).getId());
        assertTrue(saved.getGoals().get(0).getChildren().isEmpty());

        CommandRun top = CommandRun.of(goals, dir, "move", "s.cxs", "goal-3", "--top-level", "--at", "1");
        assertEquals(0, top.exitCode(), top.err());
        assertEquals(List.of("goal-3", "goal-1", "goal-2"),
                store.load(file).getGoals().stream().map(Goal::getId).toList());
    }

    @Test
    void aMoveThatMakesNoSenseIsRefusedAndTheFileIsUnchanged() throws Exception {
        CommandRun.of(goals, dir, "add", "s.cxs", "--name", "Raise NPS");
        CommandRun.of(goals, dir, "add", "s.cxs", "--name", "Fix delivery", "--parent", "goal-1");
        byte[] before = Files.readAllBytes(file);

        assertRefused(CommandRun.of(goals, dir, "move", "s.cxs", "goal-1", "--parent", "goal-2"),
                "cxw goal move: goal-1 cannot go under goal-2, which is inside it");
        assertRefused(CommandRun.of(goals, dir, "move", "s.cxs", "goal-1", "--at", "first"),
                "cxw goal move: --at takes a whole number, 1 for the first, not 'first'");
        assertRefused(CommandRun.of(goals, dir, "move", "s.cxs", "goal-1", "--at", "2"),
                "cxw goal move: --at 2 is not a place there; give 1");
        assertRefused(CommandRun.of(goals, dir, "move", "s.cxs", "goal-2", "--parent", "goal-1", "--top-level"),
                "cxw goal move: give one new place: --parent or --top-level");
        assertRefused(CommandRun.of(goals, dir, "move", "s.cxs", "goal-2"),
                "cxw goal move: say where to: --parent, --top-level and/or --at N");
        assertRefused(CommandRun.of(goals, dir, "update", "s.cxs", "goal-2", "--parent", "goal-1"),
                "use 'cxw goal move FILE ID --parent ID'");

        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aPluginKindWhoseAfterChangeThrowsEndsWithExitThreeNamingThePluginAndSavesNothing() throws Exception {
        EntityKind broken = TestKinds.kind("keyword", P.getKeyword(), P.getStrategy_Keywords(), Map.of(),
                List.of(P.getKeyword_Term()), element -> {
                    throw new NullPointerException("no owner on purpose");
                });
        RecordingFailureLog log = new RecordingFailureLog();
        byte[] before = Files.readAllBytes(file);

        CommandRun run = CommandRun.of(new EntityCommand(broken, store, "com.acme.kinds",
                new KindGuard(Duration.ofSeconds(10), log)), dir, "add", "s.cxs", "--term", "grocery app");

        assertEquals(3, run.exitCode(), run.out());
        assertTrue(run.err().contains("cxw keyword: entity kind 'keyword' from bundle com.acme.kinds failed in "
                + "afterChange: java.lang.NullPointerException: no owner on purpose; nothing was saved"), run.err());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals("com.acme.kinds", log.only(PluginFailureLog.ENTITY, "keyword").bundle());
    }

    @Test
    void aPluginKindWhoseAfterChangeHangsIsAbandonedAfterTheLimitAndSavesNothing() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        EntityKind hanging = TestKinds.kind("keyword", P.getKeyword(), P.getStrategy_Keywords(), Map.of(),
                List.of(P.getKeyword_Term()), element -> {
                    try {
                        never.await(); // ends only when interrupted
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
        RecordingFailureLog log = new RecordingFailureLog();
        KindGuard guard = new KindGuard(Duration.ofMillis(300), log);
        CxwCommand command = new EntityCommand(hanging, store, "com.acme.kinds", guard);
        byte[] before = Files.readAllBytes(file);

        CommandRun first = CommandRun.of(command, dir, "add", "s.cxs", "--term", "grocery app");

        assertEquals(3, first.exitCode(), first.out());
        assertTrue(first.err().contains("cxw keyword: entity kind 'keyword' from bundle com.acme.kinds did not answer "
                + "within 0.3 s in afterChange; nothing was saved"), first.err());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals("com.acme.kinds", log.only(PluginFailureLog.ENTITY, "keyword").bundle());
        assertEquals(java.util.Set.of(hanging), guard.abandoned());

        CommandRun second = CommandRun.of(command, dir, "add", "s.cxs", "--term", "grocery app");

        assertEquals(3, second.exitCode(), second.out());
        assertTrue(second.err().contains("it is not called again until the plugin is reinstalled; nothing was saved"),
                second.err());
        assertArrayEquals(before, Files.readAllBytes(file));
        CommandRun other = CommandRun.of(goals, dir, "add", "s.cxs", "--name", "Raise NPS");
        assertEquals(0, other.exitCode(), "the other kinds keep working: " + other.err());
    }

    private static void assertRefused(CommandRun run, String message) {
        assertEquals(2, run.exitCode(), run.out());
        assertTrue(run.err().contains(message), "expected '" + message + "' in: " + run.err());
        assertFalse(run.out().contains("Added"));
    }
}
