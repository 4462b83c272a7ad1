package org.cxworkbench.optimise.internal.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.cxworkbench.api.command.CommandException;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.optimise.fixtures.FakeKpiService;
import org.cxworkbench.optimise.fixtures.OptimiseSeeds;
import org.cxworkbench.optimise.internal.alerts.CompositeAlertService;
import org.cxworkbench.plan.internal.TimelineBuilder;
import org.cxworkbench.testing.FakeCommandContext;
import org.cxworkbench.testing.RecordingStrategyStore;
import org.cxworkbench.optimise.internal.trends.MeasureServices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertsCommandTest {

    @TempDir
    Path dir;

    private RecordingStrategyStore store;
    private AlertsCommand command;

    @BeforeEach
    void setUp() {
        store = new RecordingStrategyStore();
        MeasureServices measures = new MeasureServices();
        measures.setKpiService(new FakeKpiService().series("RESOLUTION_TIME", "2026-Q1", 10, 12, 15));
        CompositeAlertService alerts = new CompositeAlertService(new TimelineBuilder(), measures);
        command = new AlertsCommand(store, alerts);
    }

    @Test
    void listsTheAlertsOfTheCurrentPeriodAsJson() throws Exception {
        Path file = store.write(OptimiseSeeds.strategy(), dir.resolve("acme.cxs"));
        FakeCommandContext context = new FakeCommandContext().arg("FILE", file.toString()).withFlag("--json");

        command.run(context);

        Map<String, Object> json = context.printed();
        assertEquals("2026-Q3", json.get("period"));
        List<Map<String, Object>> alerts = (List<Map<String, Object>>) json.get("alerts");
        assertEquals(List.of("alert:COMPETITOR_OVERTOOK:keyword-1/competitor-1", "alert:KPI_WORSENING:RESOLUTION_TIME",
                "alert:RANK_DROP:keyword-2", "alert:STEP_OVERDUE:tactic-step-3"),
                alerts.stream().map(a -> a.get("trigger")).sorted().toList());
    }

    @Test
    void printsSeverityKindSubjectAndEvidence() throws Exception {
        Path file = store.write(OptimiseSeeds.strategy(), dir.resolve("acme.cxs"));
        FakeCommandContext context = new FakeCommandContext().arg("FILE", file.toString()).option("--period", "2026-Q3");

        command.run(context);

        String text = context.output();
        assertTrue(text.startsWith("Alerts of Acme CX strategy 2026 for 2026-Q3: 4"), text);
        assertTrue(text.contains("evidence: RESOLUTION_TIME 10.0 hours (2026-Q1, n=120) -> 12.0 hours"), text);
    }

    @Test
    void needsAPeriodFromTheOptionOrTheStrategy() throws Exception {
        Strategy noPeriod = OptimiseSeeds.strategy();
        noPeriod.setCurrentPeriod(null);
        Path file = store.write(noPeriod, dir.resolve("noperiod.cxs"));

        CommandException e = assertThrows(CommandException.class,
                () -> command.run(new FakeCommandContext().arg("FILE", file.toString())));
        assertEquals(2, e.exitCode());
        assertTrue(e.getMessage().contains("noperiod.cxs has no current period"), e.getMessage());

        CommandException bad = assertThrows(CommandException.class, () -> command.run(
                new FakeCommandContext().arg("FILE", file.toString()).option("--period", "2026-Q5")));
        assertTrue(bad.getMessage().contains("--period '2026-Q5' is not a period"));
    }
}
