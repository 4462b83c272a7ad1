package org.cxworkbench.goals.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cxworkbench.model.Goal;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.TargetKind;
import org.junit.jupiter.api.Test;

/** "Reduce churn by 10 %": 10 % of the current rate, or 10 percentage points? The two give different targets. */
class GoalTargetTest {

    private static Goal churn(TargetKind kind, double change) {
        Strategy s = Strategies.example();
        Goal g = Strategies.goal("goal-3", "Reduce churn", Strategies.kpi(s, "CHURN"), 12, kind, change);
        s.getGoals().add(g);
        return g;
    }

    @Test
    void churnTenPercentRelative() {
        GoalTarget t = GoalTarget.of(churn(TargetKind.RELATIVE_CHANGE, -10)).orElseThrow();
        assertEquals(10.8, t.target(), 1e-9);
        assertEquals("CHURN -10 % relative: 12.0 % -> 10.8 % (10 % of the current value, not 10 percentage points); "
                + "if you meant 10 percentage points use --target-kind PERCENTAGE_POINT_CHANGE (12.0 % -> 2.0 %)",
                t.explain());
    }

    @Test
    void churnTenPercentagePoints() {
        GoalTarget t = GoalTarget.of(churn(TargetKind.PERCENTAGE_POINT_CHANGE, -10)).orElseThrow();
        assertEquals(2.0, t.target(), 1e-9);
        assertEquals("CHURN -10.0 percentage points: 12.0 % -> 2.0 %. If you meant 10 % of the current value use "
                + "--target-kind RELATIVE_CHANGE (12.0 % -> 10.8 %)", t.explain());
    }

    @Test
    void theArticlesChurnExampleAsABaseline() {
        // 500 customers at the start of Q1, 450 at the end: churn 10 %; cutting it by 10 % relative gives 9 %
        Goal g = churn(TargetKind.RELATIVE_CHANGE, -10);
        g.setBaseline((500 - 450) / 500.0 * 100);
        assertEquals(9.0, GoalTarget.of(g).orElseThrow().target(), 1e-9);
        g.setTargetKind(TargetKind.PERCENTAGE_POINT_CHANGE);
        assertEquals(0.0, GoalTarget.of(g).orElseThrow().target(), 1e-9);
    }

    @Test
    void tenPercentagePointsOfChurnInAQuarterIsFlaggedButTenPercentRelativeIsNot() {
        SmartChecker checker = new SmartChecker(null);
        assertTrue(checker.achievable(churn(TargetKind.RELATIVE_CHANGE, -10)).passed());
        LetterCheck pp = checker.achievable(churn(TargetKind.PERCENTAGE_POINT_CHANGE, -10));
        assertEquals(false, pp.passed());
        assertTrue(pp.reason().startsWith("-10.0 percentage points in one quarter is more than CHURN plausibly moves: "
                + "at most about -6.0 percentage points (50 % of the baseline 12.0 % a quarter)"), pp.reason());
        assertEquals("cxw goal update FILE goal-3 --target-change -6", pp.action());
    }

    @Test
    void timeToResolveTwentyPercentFromThirtyHours() {
        Goal ttr = GoalTree.find(Strategies.example(), "goal-2").orElseThrow();
        GoalTarget t = GoalTarget.of(ttr).orElseThrow();
        assertEquals(24.0, t.target(), 1e-9);
        assertEquals(-6.0, t.delta(), 1e-9);
        assertTrue(t.improves());
    }

    @Test
    void targetValueAndAbsoluteChange() {
        Goal nps = GoalTree.find(Strategies.example(), "goal-1").orElseThrow();
        assertEquals(42.0, GoalTarget.of(nps).orElseThrow().target(), 1e-9);
        nps.setTargetKind(TargetKind.TARGET_VALUE);
        nps.setTargetChange(45);
        GoalTarget t = GoalTarget.of(nps).orElseThrow();
        assertEquals(45.0, t.target(), 1e-9);
        assertEquals("NPS to reach 45.0 points: 41.0 points -> 45.0 points (+4.0 points)", t.explain());
    }
}
