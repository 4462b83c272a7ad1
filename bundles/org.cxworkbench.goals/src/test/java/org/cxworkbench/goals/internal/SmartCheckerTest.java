package org.cxworkbench.goals.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cxworkbench.api.goals.SmartResult;
import org.cxworkbench.model.Goal;
import org.cxworkbench.model.SmartCriterion;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.SubjectKind;
import org.cxworkbench.model.TargetKind;
import org.cxworkbench.model.Touchpoint;
import org.junit.jupiter.api.Test;

class SmartCheckerTest {

    private final SmartChecker noHistory = new SmartChecker(null);

    private static Goal goal(Strategy s, String id) {
        return GoalTree.find(s, id).orElseThrow();
    }

    @Test
    void theArticlesGoalsPassEveryLetter() {
        Strategy s = Strategies.example();
        for (String id : List.of("goal-1", "goal-2")) {
            List<LetterCheck> letters = noHistory.check(goal(s, id));
            assertEquals(List.of(SmartCriterion.SPECIFIC, SmartCriterion.MEASURABLE, SmartCriterion.ACHIEVABLE,
                    SmartCriterion.RELEVANT, SmartCriterion.TIME_BOUND),
                    letters.stream().map(LetterCheck::criterion).toList());
            letters.forEach(l -> assertTrue(l.passed(), id + " " + l));
            letters.forEach(l -> assertNull(l.action()));
        }
    }

    @Test
    void theTrackerGivesOneResultPerLetterInOrder() {
        List<SmartResult> results = new SmartGoalTracker(null).smartCheck(goal(Strategies.example(), "goal-1"));
        assertEquals(5, results.size());
        assertEquals(SmartCriterion.TIME_BOUND, results.get(4).criterion());
        assertEquals("by the end of 2026-Q3 (2026-09-30)", results.get(4).reason());
    }

    @Test
    void specificNeedsASubject() {
        Strategy s = Strategies.example();
        Goal g = goal(s, "goal-1");
        g.setKpi(null);
        g.setSubjectKind(SubjectKind.NONE);
        LetterCheck specific = noHistory.specific(g);
        assertFalse(specific.passed());
        assertTrue(specific.reason().contains("names no subject"), specific.reason());
        assertEquals("cxw goal update FILE goal-1 --kpi NPS", specific.action());

        Touchpoint app = Strategies.F.createTouchpoint();
        app.setId("touchpoint-1");
        app.setName("Mobile app");
        s.getTouchpoints().add(app);
        g.setSubjectTouchpoint(app);
        assertTrue(noHistory.specific(g).passed());
        assertEquals("about touchpoint 'Mobile app'", noHistory.specific(g).reason());
    }

    @Test
    void specificFailsWhenTheSubjectKindNamesNothing() {
        Goal g = goal(Strategies.example(), "goal-1");
        g.setSubjectKind(SubjectKind.PERSONA);
        LetterCheck specific = noHistory.specific(g);
        assertFalse(specific.passed());
        assertEquals("cxw goal update FILE goal-1 --subject-persona ID", specific.action());
    }

    @Test
    void measurableExplainsTheTarget() {
        Strategy s = Strategies.example();
        assertEquals("NPS +1.0 points: 41.0 points -> 42.0 points", noHistory.measurable(goal(s, "goal-1")).reason());
        assertEquals("RESOLUTION_TIME -20 % relative: 30.0 hours -> 24.0 hours",
                noHistory.measurable(goal(s, "goal-2")).reason());
    }

    @Test
    void measurableNeedsKpiBaselineAndTarget() {
        Strategy s = Strategies.example();
        Goal g = goal(s, "goal-1");
        g.unsetBaseline();
        LetterCheck noBaseline = noHistory.measurable(g);
        assertFalse(noBaseline.passed());
        assertTrue(noBaseline.reason().startsWith("no baseline"), noBaseline.reason());

        FakeKpiService kpis = new FakeKpiService().put("NPS", "2026-Q2", 40.5);
        LetterCheck hinted = new SmartChecker(kpis).measurable(g);
        assertTrue(hinted.reason().contains("the latest measured value is 40.5 points in 2026-Q2"), hinted.reason());

        g.setBaseline(41);
        g.unsetTargetChange();
        assertTrue(noHistory.measurable(g).reason().startsWith("no target"));
        g.setKpi(null);
        LetterCheck noKpi = noHistory.measurable(g);
        assertEquals("no KPI measures the goal; link one of NPS, RESOLUTION_TIME, CHURN", noKpi.reason());
    }

    @Test
    void measurableRejectsATargetThatMakesTheKpiWorse() {
        Goal ttr = goal(Strategies.example(), "goal-2");
        ttr.setTargetChange(20);
        LetterCheck m = noHistory.measurable(ttr);
        assertFalse(m.passed());
        assertTrue(m.reason().contains("but lower RESOLUTION_TIME is better; did you mean -20?"), m.reason());
        assertEquals("cxw goal update FILE goal-2 --target-change -20", m.action());
    }

    @Test
    void measurableRejectsPercentagePointsOnAKpiNotInPercent() {
        Goal nps = goal(Strategies.example(), "goal-1");
        nps.setTargetKind(TargetKind.PERCENTAGE_POINT_CHANGE);
        LetterCheck m = noHistory.measurable(nps);
        assertFalse(m.passed());
        assertTrue(m.reason().startsWith("NPS is measured in points, not in percent"), m.reason());
    }

    @Test
    void raisingNpsByOneFullPointInAQuarterIsAchievable() {
        LetterCheck a = noHistory.achievable(goal(Strategies.example(), "goal-1"));
        assertTrue(a.passed(), a.reason());
        assertTrue(a.reason().startsWith("+1.0 points in one quarter is plausible for NPS"), a.reason());
    }

    @Test
    void sixtyNpsPointsInAQuarterIsFlagged() {
        Goal nps = goal(Strategies.example(), "goal-1");
        nps.setBaseline(10);
        nps.setTargetChange(60);
        LetterCheck a = noHistory.achievable(nps);
        assertFalse(a.passed());
        assertTrue(a.reason().startsWith("+60.0 points in one quarter is more than NPS plausibly moves: at most about "
                + "+20.0 points (10 % of the -100..100 points range a quarter"), a.reason());
        assertTrue(a.reason().endsWith("Aim for 30.0 points, or give the goal more time"), a.reason());
        assertEquals("cxw goal update FILE goal-1 --target-change 20", a.action());
    }

    @Test
    void aTargetOutsideTheScaleIsFlagged() {
        Goal nps = goal(Strategies.example(), "goal-1");
        nps.setBaseline(90);
        nps.setTargetKind(TargetKind.TARGET_VALUE);
        nps.setTargetChange(120);
        LetterCheck a = noHistory.achievable(nps);
        assertFalse(a.passed());
        assertEquals("the target 120.0 points is outside the NPS scale (-100..100 points)", a.reason());
    }

    @Test
    void cuttingTimeToResolveByTwentyPercentIsAchievableAndNinetyIsNot() {
        Goal ttr = goal(Strategies.example(), "goal-2");
        assertTrue(noHistory.achievable(ttr).passed());
        ttr.setTargetChange(-90);
        LetterCheck a = noHistory.achievable(ttr);
        assertFalse(a.passed());
        assertTrue(a.reason().startsWith("-27.0 hours in one quarter is more than RESOLUTION_TIME plausibly moves: "
                + "at most about -15.0 hours (50 % of the baseline 30.0 hours a quarter"), a.reason());
        assertEquals("cxw goal update FILE goal-2 --target-change -50", a.action());
    }

    @Test
    void kpiHistoryDecidesWhatIsAchievable() {
        Goal nps = goal(Strategies.example(), "goal-1");
        FakeKpiService kpis = new FakeKpiService().put("NPS", "2026-Q1", 38).put("NPS", "2026-Q2", 41);
        // largest quarter-to-quarter change +3 points: up to 6 points a quarter
        nps.setTargetChange(5);
        LetterCheck five = new SmartChecker(kpis).achievable(nps);
        assertTrue(five.passed(), five.reason());
        assertTrue(five.reason().contains("twice the largest quarter-to-quarter change so far, +3.0 points from "
                + "2026-Q1 to 2026-Q2"), five.reason());
        nps.setTargetChange(8);
        LetterCheck eight = new SmartChecker(kpis).achievable(nps);
        assertFalse(eight.passed());
        assertEquals("cxw goal update FILE goal-1 --target-change 6", eight.action());
        // without history the scale allows 20 points
        assertTrue(noHistory.achievable(nps).passed());
    }

    @Test
    void quartersThatAreNotConsecutiveAreNoHistory() {
        Goal nps = goal(Strategies.example(), "goal-1");
        nps.setTargetChange(8);
        FakeKpiService gap = new FakeKpiService().put("NPS", "2025-Q4", 30).put("NPS", "2026-Q2", 41);
        assertTrue(new SmartChecker(gap).achievable(nps).passed());
    }

    @Test
    void relevantNeedsAParentOrAnObjective() {
        Strategy s = Strategies.example();
        assertEquals("works toward the higher-level goal goal-1 'Raise NPS'", noHistory.relevant(goal(s, "goal-2")).reason());
        assertTrue(noHistory.relevant(goal(s, "goal-1")).passed());
        s.getObjectives().clear();
        LetterCheck r = noHistory.relevant(goal(s, "goal-1"));
        assertFalse(r.passed());
        assertTrue(r.reason().startsWith("a top-level goal must serve a strategy objective"), r.reason());
        assertEquals("cxw objectives FILE --add \"OBJECTIVE\"", r.action());
        assertTrue(noHistory.relevant(goal(s, "goal-2")).passed());
    }

    @Test
    void timeBoundNeedsAValidDeadlineAfterTheBaseline() {
        Strategy s = Strategies.example();
        Goal g = goal(s, "goal-1");
        g.setPeriod(null);
        LetterCheck none = noHistory.timeBound(g);
        assertFalse(none.passed());
        assertEquals("cxw goal update FILE goal-1 --period 2026-Q3", none.action());
        g.setPeriod("Q3 2026");
        assertEquals("the period 'Q3 2026' is not a period like 2026-Q3 or 2026-09", noHistory.timeBound(g).reason());
        g.setPeriod(null);
        g.setDueDate("2026-11-15");
        assertEquals("by 2026-11-15", noHistory.timeBound(g).reason());
        g.setDueDate("2026-02-30");
        assertFalse(noHistory.timeBound(g).passed());
        g.setDueDate(null);
        g.setPeriod("2026-Q2");
        LetterCheck early = noHistory.timeBound(g);
        assertFalse(early.passed());
        assertTrue(early.reason().contains("before its baseline period 2026-Q2 is over"), early.reason());
        g.setPeriod("2026-09");
        assertTrue(noHistory.timeBound(g).passed());
    }
}
