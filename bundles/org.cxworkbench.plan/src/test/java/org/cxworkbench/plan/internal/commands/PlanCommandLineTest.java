package org.cxworkbench.plan.internal.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.cxworkbench.api.store.StrategyStore;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.plan.fixtures.SeedStrategies;
import org.cxworkbench.plan.internal.TimelineBuilder;
import org.cxworkbench.testing.CommandRun;
import org.cxworkbench.testing.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands parsed by the real cxw command-line parser and run against the real strategy store. */
class PlanCommandLineTest {

    @TempDir
    Path dir;

    @Test
    void templateThenPlanThroughTheRealParserAndStore() throws Exception {
        StrategyStore store = TestStore.create();
        store.saveAs(SeedStrategies.chatbotWithoutSteps(), dir.resolve("acme.cxs"));

        CommandRun template = CommandRun.of(new TacticTemplateCommand(store), dir, "acme.cxs", "tactic-1",
                "--template", "chatbot", "--owner", "owner-2", "--start", "2026-07-06");
        assertEquals(0, template.exitCode(), template.err());
        Strategy saved = store.load(dir.resolve("acme.cxs"));
        assertEquals(4, saved.getTactics().get(0).getSteps().size());

        CommandRun plan = CommandRun.of(new PlanCommand(store, new TimelineBuilder()), dir, "acme.cxs",
                "--today", "2026-08-12", "--json");
        assertEquals(0, plan.exitCode(), plan.err());
        assertTrue(plan.out().contains("\"overdue\": 2"), plan.out());
        assertTrue(plan.out().contains("\"name\": \"Implement it on your site\""), plan.out());
    }

    @Test
    void unknownOptionsAndRefusedTemplatesExitWithTwo() throws Exception {
        StrategyStore store = TestStore.create();
        store.saveAs(SeedStrategies.chatbotWithSteps(), dir.resolve("acme.cxs"));

        CommandRun unknown = CommandRun.of(new PlanCommand(store, new TimelineBuilder()), dir, "acme.cxs", "--day",
                "2026-08-12");
        assertEquals(2, unknown.exitCode());

        CommandRun refused = CommandRun.of(new TacticTemplateCommand(store), dir, "acme.cxs", "tactic-1",
                "--template", "chatbot");
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().contains("already has 4 steps"), refused.err());
    }
}
