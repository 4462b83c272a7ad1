package org.cxworkbench.goals.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cxworkbench.api.goals.GoalProgress;
import org.cxworkbench.model.Goal;
import org.cxworkbench.model.GoalStatus;
import org.cxworkbench.model.Strategy;
import org.junit.jupiter.api.Test;

/**
 * The NPS goal runs from 2026-07-01 to 2026-09-30 (baseline 41 in 2026-Q2, target 42); at the end of August 62 of its
 * 92 days are gone (67 %): on track from 57 % of the way, at risk from 42 %.
 */
class GoalProgressCalculatorTest {

    private final Strategy strategy = Strategies.example();
    private final Goal nps = GoalTree.find(strategy, "goal-1").orElseThrow();
    private final Goal ttr = GoalTree.find(strategy, "goal-2").orElseThrow();

    private static GoalProgress progress(Goal goal, FakeKpiService kpis, String period) {
        return new GoalProgressCalculator(kpis).progress(goal, period);
    }

    private GoalStatus npsInAugust(double value) {
        return progress(nps, new FakeKpiService().put("NPS", "2026-08", value), "2026-08").status();
    }

    @Test
    void achievedWhenTheTargetIsReached() {
        GoalProgress p = progress(nps, new FakeKpiService().put("NPS", "2026-Q3", 42), "2026-Q3");
        assertEquals(GoalStatus.ACHIEVED, p.status());
        assertEquals(1.0, p.progress(), 1e-9);
        assertEquals(42.0, p.measured(), 1e-9);
        assertEquals("2026-Q3", p.measuredPeriod());
        assertEquals("NPS 42.0 points in 2026-Q3 (baseline 41.0 points, target 42.0 points): 100 % of the way, "
                + "target reached", p.explanation());
        assertEquals(GoalStatus.ACHIEVED, npsInAugust(43));
    }

    @Test
    void missedWhenTheDeadlineHasPassed() {
        GoalProgress p = progress(nps, new FakeKpiService().put("NPS", "2026-Q3", 41.5), "2026-Q3");
        assertEquals(GoalStatus.MISSED, p.status());
        assertEquals(0.5, p.progress(), 1e-9);
        assertTrue(p.explanation().endsWith("the deadline 2026-09-30 has passed without reaching the target"));
        GoalProgress later = progress(nps, new FakeKpiService().put("NPS", "2026-Q4", 41.9), "2026-Q4");
        assertEquals(GoalStatus.MISSED, later.status());
    }

    @Test
    void onTrackAtRiskAndOffTrackAgainstTheTimeGone() {
        assertEquals(GoalStatus.ON_TRACK, npsInAugust(41.6));
        assertEquals(GoalStatus.ON_TRACK, npsInAugust(41.58));
        assertEquals(GoalStatus.AT_RISK, npsInAugust(41.56));
        assertEquals(GoalStatus.AT_RISK, npsInAugust(41.43));
        assertEquals(GoalStatus.OFF_TRACK, npsInAugust(41.41));
        assertEquals(GoalStatus.OFF_TRACK, npsInAugust(40));
        GoalProgress p = progress(nps, new FakeKpiService().put("NPS", "2026-08", 41.6), "2026-08");
        assertTrue(p.explanation().endsWith("60 % of the way with 67 % of the time gone"), p.explanation());
    }

    @Test
    void lowerIsBetterKpisProgressDownward() {
        FakeKpiService kpis = new FakeKpiService().put("RESOLUTION_TIME", "2026-08", 26);
        GoalProgress p = progress(ttr, kpis, "2026-08");
        assertEquals(24.0, p.target(), 1e-9);
        assertEquals(4.0 / 6, p.progress(), 1e-9);
        assertEquals(GoalStatus.ON_TRACK, p.status());
        assertEquals(GoalStatus.OFF_TRACK,
                progress(ttr, new FakeKpiService().put("RESOLUTION_TIME", "2026-08", 31), "2026-08").status());
        assertEquals(GoalStatus.ACHIEVED,
                progress(ttr, new FakeKpiService().put("RESOLUTION_TIME", "2026-08", 23), "2026-08").status());
    }

    @Test
    void unknownWithoutKpiServiceOrData() {
        GoalProgress none = new GoalProgressCalculator(null).progress(nps, "2026-Q3");
        assertEquals(GoalStatus.UNKNOWN, none.status());
        assertEquals("no KPI service is installed, so NPS cannot be measured", none.explanation());
        assertEquals(42.0, none.target(), 1e-9);
        assertTrue(Double.isNaN(none.progress()));
        GoalProgress noData = progress(nps, new FakeKpiService().put("NPS", "2026-Q4", 42), "2026-Q3");
        assertEquals(GoalStatus.UNKNOWN, noData.status());
        assertNull(noData.measuredPeriod());
        assertTrue(noData.explanation().startsWith("no NPS value measured up to 2026-Q3"), noData.explanation());
        nps.unsetBaseline();
        assertEquals(GoalStatus.UNKNOWN, progress(nps, new FakeKpiService().put("NPS", "2026-Q3", 42), "2026-Q3")
                .status());
    }

    @Test
    void theLatestValueUpToThePeriodIsUsed() {
        FakeKpiService kpis = new FakeKpiService().put("NPS", "2026-07", 41.2).put("NPS", "2026-Q2", 41);
        GoalProgress p = progress(nps, kpis, "2026-Q3");
        assertEquals("2026-07", p.measuredPeriod());
        assertEquals(GoalStatus.AT_RISK, p.status());
        assertTrue(p.explanation().contains("nothing measured in 2026-Q3 yet"), p.explanation());
    }

    @Test
    void theGoalsSegmentIsMeasured() {
        nps.setSubjectSegment("touchpoint=Mobile app");
        FakeKpiService kpis = new FakeKpiService().put("NPS", "2026-Q3", 50).put("NPS", "2026-Q3",
                "touchpoint=Mobile app", 41.2);
        GoalProgress p = progress(nps, kpis, "2026-Q3");
        assertEquals(41.2, p.measured(), 1e-9);
        assertTrue(p.explanation().contains("for touchpoint=Mobile app"), p.explanation());
    }

    @Test
    void theStrategysCurrentPeriodIsTheDefault() {
        GoalProgress p = progress(nps, new FakeKpiService().put("NPS", "2026-Q3", 42).put("NPS", "2026-Q4", 40), null);
        assertEquals("2026-Q3", p.measuredPeriod());
    }
}
