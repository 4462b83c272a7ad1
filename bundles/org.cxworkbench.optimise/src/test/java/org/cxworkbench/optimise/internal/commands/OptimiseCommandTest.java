package org.cxworkbench.optimise.internal.commands;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.cxworkbench.api.command.CommandException;
import org.cxworkbench.model.BacklogItem;
import org.cxworkbench.model.GoalStatus;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.WorkStatus;
import org.cxworkbench.optimise.fixtures.FakeGoalTracker;
import org.cxworkbench.optimise.fixtures.FakeKpiService;
import org.cxworkbench.optimise.fixtures.OptimiseSeeds;
import org.cxworkbench.optimise.internal.alerts.CompositeAlertService;
import org.cxworkbench.optimise.internal.trends.GoalTrend;
import org.cxworkbench.plan.internal.TimelineBuilder;
import org.cxworkbench.testing.FakeCommandContext;
import org.cxworkbench.testing.RecordingStrategyStore;
import org.cxworkbench.optimise.internal.trends.MeasureServices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OptimiseCommandTest {

    @TempDir
    Path dir;

    private RecordingStrategyStore store;
    private Path file;
    private OptimiseCommand command;

    @BeforeEach
    void setUp() throws Exception {
        store = new RecordingStrategyStore();
        file = store.write(OptimiseSeeds.strategy(), dir.resolve("acme.cxs"));
        FakeKpiService kpis = new FakeKpiService().series("NPS", "2026-Q1", 44, 42, 40.5);
        FakeGoalTracker goals = new FakeGoalTracker()
                .progress("goal-1", "2026-Q1", 41, 42, 44, GoalStatus.ACHIEVED)
                .progress("goal-1", "2026-Q2", 41, 42, 42, GoalStatus.ACHIEVED)
                .progress("goal-1", "2026-Q3", 41, 42, 40.5, GoalStatus.OFF_TRACK);
        MeasureServices measures = new MeasureServices();
        measures.setKpiService(kpis);
        measures.setGoalTracker(goals);
        command = new OptimiseCommand(store, new CompositeAlertService(new TimelineBuilder(), measures), measures);
    }

    private FakeCommandContext context() {
        return new FakeCommandContext().arg("FILE", file.toString()).option("--period", "2026-Q3");
    }

    @Test
    void proposesBacklogItemsWithTheirEvidenceAndChangesNothingWithoutAccept() throws Exception {
        byte[] before = Files.readAllBytes(file);
        FakeCommandContext context = context().withFlag("--json");

        command.run(context);

        Map<String, Object> json = context.printed();
        List<Map<String, Object>> proposals = (List<Map<String, Object>>) json.get("proposals");
        Set<String> triggers = proposals.stream().map(p -> (String) p.get("trigger")).collect(Collectors.toSet());
        assertEquals(Set.of("alert:KPI_WORSENING:NPS", "alert:GOAL_OFF_TRACK:goal-1", "alert:STEP_OVERDUE:tactic-step-3",
                "alert:COMPETITOR_OVERTOOK:keyword-1/competitor-1", "alert:RANK_DROP:keyword-2"), triggers);
        Map<String, Object> nps = proposals.stream().filter(p -> p.get("trigger").equals("alert:KPI_WORSENING:NPS"))
                .findFirst().orElseThrow();
        assertEquals("Find out why Net Promoter Score (NPS) got worse two periods in a row and act on the main cause",
                nps.get("name"));
        assertEquals(1, nps.get("priority"), "NPS measures goal-1");
        assertTrue(((String) nps.get("evidence")).contains("42.0 points (2026-Q2"));
        assertTrue(proposals.stream().allMatch(p -> Boolean.TRUE.equals(p.get("new"))));
        assertEquals(List.of(), json.get("added"));
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(1, store.saves());
    }

    @Test
    void showsGapToTargetAndTrendPerGoal() throws Exception {
        FakeCommandContext context = context().withFlag("--json");
        command.run(context);

        Map<String, Object> json = context.printed();
        List<GoalTrend> goals = (List<GoalTrend>) json.get("goals");
        GoalTrend nps = goals.stream().filter(g -> g.goalId().equals("goal-1")).findFirst().orElseThrow();
        assertEquals(1.5, nps.gap(), 1e-9, "target 42, measured 40.5");
        assertEquals(List.of(44.0, 42.0, 40.5), nps.trend().stream().map(GoalTrend.Point::value).toList());
        assertEquals(List.of("2026-Q1", "2026-Q2", "2026-Q3"), nps.trend().stream().map(GoalTrend.Point::period).toList());
        assertEquals(GoalStatus.OFF_TRACK, nps.status());
    }

    @Test
    void acceptAddsTheNewItemsOnceAndReRunningAddsNothing() throws Exception {
        command.run(context().withFlag("--accept"));

        Strategy saved = store.reload(file);
        List<BacklogItem> backlog = saved.getBacklog();
        assertEquals(5, backlog.size());
        BacklogItem nps = backlog.stream().filter(i -> i.getTrigger().equals("alert:KPI_WORSENING:NPS")).findFirst()
                .orElseThrow();
        assertEquals("NPS", nps.getKpi().getCode());
        assertEquals(1, nps.getPriority());
        assertEquals(WorkStatus.PLANNED, nps.getStatus());
        assertEquals("2026-Q3", nps.getCreatedPeriod());
        assertTrue(nps.getEvidence().startsWith("NPS 44.0 points (2026-Q1"), nps.getEvidence());
        assertTrue(nps.getId().startsWith("backlog-item-"), nps.getId());
        BacklogItem goal = backlog.stream().filter(i -> i.getTrigger().equals("alert:GOAL_OFF_TRACK:goal-1")).findFirst()
                .orElseThrow();
        assertEquals("goal-1", goal.getGoal().getId());
        assertEquals("Get goal \"Raise NPS by one full point this quarter\" back on track: strengthen or add tactics",
                goal.getName());
        BacklogItem rank = backlog.stream().filter(i -> i.getTrigger().startsWith("alert:COMPETITOR_OVERTOOK")).findFirst()
                .orElseThrow();
        assertEquals(3, rank.getPriority());
        assertNull(rank.getGoal());

        byte[] afterFirst = Files.readAllBytes(file);
        FakeCommandContext again = context().withFlag("--accept");
        command.run(again);

        assertEquals(5, store.reload(file).getBacklog().size());
        assertArrayEquals(afterFirst, Files.readAllBytes(file));
        String text = again.output();
        assertTrue(text.contains("Proposed backlog items (0 new, 5 already in the backlog)"), text);
        assertTrue(text.contains("[in backlog as " + nps.getId() + "]"), text);
        assertTrue(text.contains("Nothing to add"), text);
    }

    @Test
    void aDoneItemStillCountsSoTheSameAlertDoesNotComeBack() throws Exception {
        command.run(context().withFlag("--accept"));
        Strategy saved = store.reload(file);
        saved.getBacklog().forEach(i -> i.setStatus(WorkStatus.DONE));
        store.save(saved);

        FakeCommandContext json = context().withFlag("--accept").withFlag("--json");
        command.run(json);
        Map<String, Object> result = json.printed();
        assertEquals(List.of(), result.get("added"));
    }

    @Test
    void thePeriodIsRequiredAndMustBeAPeriod() {
        CommandException missing = assertThrows(CommandException.class,
                () -> command.run(new FakeCommandContext().arg("FILE", file.toString())));
        assertEquals(2, missing.exitCode());
        assertTrue(missing.getMessage().contains("--period PERIOD is required"));

        CommandException malformed = assertThrows(CommandException.class,
                () -> command.run(new FakeCommandContext().arg("FILE", file.toString()).option("--period", "Q3-2026")));
        assertEquals(2, malformed.exitCode());
        assertTrue(malformed.getMessage().contains("'Q3-2026' is not a period"));
    }

    @Test
    void withoutGoalTrackingTheTextSaysSo() throws Exception {
        OptimiseCommand bare = new OptimiseCommand(store,
                new CompositeAlertService(new TimelineBuilder(), new MeasureServices()), new MeasureServices());
        FakeCommandContext context = context();
        bare.run(context);

        String text = context.output();
        assertTrue(text.contains("goal tracking is not installed"), text);
        assertTrue(text.contains("STEP_OVERDUE"), text);
        assertTrue(text.contains("Run again with --accept to add the"), text);
        assertFalse(text.contains("KPI_WORSENING"), "no KPI service, no KPI alerts");
    }
}
