package org.cxworkbench.optimise.internal.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.cxworkbench.api.store.StrategyStore;
import org.cxworkbench.optimise.fixtures.FakeKpiService;
import org.cxworkbench.optimise.fixtures.OptimiseSeeds;
import org.cxworkbench.optimise.internal.alerts.CompositeAlertService;
import org.cxworkbench.plan.internal.TimelineBuilder;
import org.cxworkbench.testing.CommandRun;
import org.cxworkbench.testing.TestStore;
import org.cxworkbench.optimise.internal.trends.MeasureServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands parsed by the real cxw command-line parser and run against the real strategy store. */
class OptimiseCommandLineTest {

    @TempDir
    Path dir;

    @Test
    void alertsThenOptimiseWithAcceptTwice() throws Exception {
        StrategyStore store = TestStore.create();
        store.saveAs(OptimiseSeeds.strategy(), dir.resolve("acme.cxs"));
        MeasureServices measures = new MeasureServices();
        measures.setKpiService(new FakeKpiService().series("NPS", "2026-Q1", 44, 42, 40.5));
        CompositeAlertService alerts = new CompositeAlertService(new TimelineBuilder(), measures);

        CommandRun listed = CommandRun.of(new AlertsCommand(store, alerts), dir, "acme.cxs", "--period", "2026-Q3",
                "--json");
        assertEquals(0, listed.exitCode(), listed.err());
        assertTrue(listed.out().contains("\"trigger\": \"alert:KPI_WORSENING:NPS\""), listed.out());

        OptimiseCommand optimise = new OptimiseCommand(store, alerts, measures);
        assertEquals(0, CommandRun.of(optimise, dir, "acme.cxs", "--period", "2026-Q3", "--accept").exitCode());
        assertEquals(4, store.load(dir.resolve("acme.cxs")).getBacklog().size());
        CommandRun again = CommandRun.of(optimise, dir, "acme.cxs", "--period", "2026-Q3", "--accept");
        assertEquals(0, again.exitCode());
        assertTrue(again.out().contains("Nothing to add"), again.out());
        assertEquals(4, store.load(dir.resolve("acme.cxs")).getBacklog().size());
    }

    @Test
    void aMissingPeriodIsAUsageError() throws Exception {
        StrategyStore store = TestStore.create();
        store.saveAs(OptimiseSeeds.strategy(), dir.resolve("acme.cxs"));
        CommandRun run = CommandRun.of(new OptimiseCommand(store,
                new CompositeAlertService(new TimelineBuilder(), new MeasureServices()), new MeasureServices()),
                dir, "acme.cxs");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--period PERIOD is required"), run.err());
    }
}
