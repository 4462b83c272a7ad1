package org.cxworkbench.goals.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.cxworkbench.api.command.CxwCommand;
import org.cxworkbench.api.store.StrategyStore;
import org.cxworkbench.model.Goal;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.TargetKind;
import org.cxworkbench.testing.EntityEngine;
import org.cxworkbench.testing.CommandRun;
import org.cxworkbench.testing.TestStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goal and owner kinds through the workbench's generic entity commands: the articles' goal tree by hand. */
class EntityKindsTest {

    @TempDir
    Path dir;

    private final StrategyStore store = TestStore.create();
    private CxwCommand goal;
    private CxwCommand owner;

    @BeforeEach
    void setUp() throws Exception {
        store.saveAs(Strategies.empty(), dir.resolve("s.cxs"));
        goal = EntityEngine.command(new GoalKind(), store);
        owner = EntityEngine.command(new OwnerKind(), store);
    }

    @Test
    void theArticlesGoalTreeIsEnteredAndPassesTheSmartCheck() throws Exception {
        CommandRun care = CommandRun.of(owner, dir, "add", "s.cxs", "--name", "Customer care", "--role", "team");
        assertEquals(0, care.exitCode(), care.err());
        CommandRun nps = CommandRun.of(goal, dir, "add", "s.cxs", "--name", "Raise NPS", "--statement",
                "Raise our NPS score by one full point this quarter", "--kpi", "NPS", "--baseline", "41",
                "--baseline-period", "2026-Q2", "--target-change", "1", "--period", "2026-Q3");
        assertEquals(0, nps.exitCode(), nps.err());
        CommandRun ttr = CommandRun.of(goal, dir, "add", "s.cxs", "--parent", "goal-1", "--name", "Cut time to resolve",
                "--kpi", "RESOLUTION_TIME", "--baseline", "30", "--target-kind", "RELATIVE_CHANGE", "--target-change",
                "-20", "--period", "2026-Q3", "--owner", "owner-1");
        assertEquals(0, ttr.exitCode(), ttr.err());

        Strategy s = store.load(dir.resolve("s.cxs"));
        Goal child = s.getGoals().get(0).getChildren().get(0);
        assertEquals(TargetKind.RELATIVE_CHANGE, child.getTargetKind());
        assertEquals("Customer care", child.getOwner().getName());
        SmartChecker checker = new SmartChecker(null);
        assertTrue(checker.check(child).stream().allMatch(LetterCheck::passed), checker.check(child).toString());
        assertEquals("RESOLUTION_TIME -20 % relative: 30.0 hours -> 24.0 hours", checker.measurable(child).reason());
    }

    @Test
    void badPeriodsAndComputedFeaturesAreRefused() {
        CommandRun period = CommandRun.of(goal, dir, "add", "s.cxs", "--name", "Raise NPS", "--period", "Q3 2026");
        assertEquals(CxwCommand.USAGE_OR_INPUT_ERROR, period.exitCode());
        assertTrue(period.err().contains("is not a period like 2026-Q3 or 2026-09"), period.err());
        CommandRun due = CommandRun.of(goal, dir, "add", "s.cxs", "--name", "Raise NPS", "--due-date", "30-09-2026");
        assertEquals(CxwCommand.USAGE_OR_INPUT_ERROR, due.exitCode());
        CommandRun status = CommandRun.of(goal, dir, "add", "s.cxs", "--name", "Raise NPS", "--status", "ACHIEVED");
        assertEquals(CxwCommand.USAGE_OR_INPUT_ERROR, status.exitCode(), "the status is computed by goal-check");
        CommandRun mail = CommandRun.of(owner, dir, "add", "s.cxs", "--name", "Care", "--email", "care-at-acme");
        assertEquals(CxwCommand.USAGE_OR_INPUT_ERROR, mail.exitCode());
    }
}
