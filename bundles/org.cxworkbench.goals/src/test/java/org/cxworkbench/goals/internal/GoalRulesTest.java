package org.cxworkbench.goals.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cxworkbench.api.rules.Finding;
import org.cxworkbench.api.rules.Severity;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.Goal;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.TargetKind;
import org.junit.jupiter.api.Test;

class GoalRulesTest {

    private static List<Finding> all(Strategy s) {
        List<Finding> findings = new java.util.ArrayList<>();
        findings.addAll(new GoalsPresentRule().check(s));
        findings.addAll(new GoalSmartRule(null).check(s));
        findings.addAll(new GoalHierarchyRule().check(s));
        return findings;
    }

    @Test
    void theExampleStrategyCompletesStepOne() {
        assertEquals(List.of(), all(Strategies.example()));
    }

    @Test
    void theBundledAcmeFreshExampleCompletesStepOne() throws Exception {
        Strategy acme = org.cxworkbench.testing.TestStore.create()
                .load(java.nio.file.Path.of("../../examples/acme/acme.cxs"));
        assertEquals(3, GoalTree.walk(acme).size());
        assertEquals(List.of(), all(acme));
    }

    @Test
    void noGoalIsAnError() {
        List<Finding> findings = all(Strategies.empty());
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(WorkflowStep.GOALS, f.step());
        assertEquals("goals.present", f.ruleId());
        assertEquals("no goal is defined yet", f.message());
        assertTrue(f.action().startsWith("cxw goal add FILE --name"), f.action());
    }

    @Test
    void aWeakGoalGetsOneErrorPerFailedLetter() {
        Strategy s = Strategies.empty();
        Goal vague = Strategies.goal("goal-7", "Make customers happier", Strategies.kpi(s, "NPS"), 10,
                TargetKind.ABSOLUTE_CHANGE, 60);
        vague.setPeriod(null);
        s.getGoals().add(vague);
        List<Finding> findings = new GoalSmartRule(null).check(s);
        assertEquals(List.of("goal goal-7 'Make customers happier' is not A (achievable): ",
                "goal goal-7 'Make customers happier' is not R (relevant): ",
                "goal goal-7 'Make customers happier' is not T (time-bound): "),
                findings.stream().map(f -> f.message().substring(0, f.message().indexOf(": ") + 2)).toList());
        findings.forEach(f -> {
            assertEquals(Severity.ERROR, f.severity());
            assertEquals("goal-7", f.elementId());
        });
        assertEquals("cxw goal update FILE goal-7 --target-change 20", findings.get(0).action());
        assertEquals("cxw objectives FILE --add \"OBJECTIVE\"", findings.get(1).action());
        assertEquals("cxw goal update FILE goal-7 --period 2026-Q3", findings.get(2).action());
    }

    @Test
    void subGoalsAreCheckedToo() {
        Strategy s = Strategies.example();
        GoalTree.find(s, "goal-2").orElseThrow().setKpi(null);
        List<Finding> findings = new GoalSmartRule(null).check(s);
        // a KPI goal without its KPI is neither specific nor measurable, and so cannot be judged achievable
        assertEquals(List.of("goal-2", "goal-2", "goal-2"), findings.stream().map(Finding::elementId).toList());
        assertTrue(findings.get(0).message().contains("is not S (specific): the goal is about a kpi but does not say"
                + " which one"), findings.get(0).message());
        assertEquals("cxw goal update FILE goal-2 --kpi CODE", findings.get(0).action());
        assertTrue(findings.get(1).message().contains("is not M (measurable): no KPI measures the goal"));
        assertTrue(findings.get(2).message().contains("is not A (achievable): cannot be judged until the goal is "
                + "measurable"));
    }

    @Test
    void flatGoalsWithoutSubGoalsAreOnlyAWarning() {
        Strategy s = Strategies.example();
        Goal nps = GoalTree.find(s, "goal-1").orElseThrow();
        Goal ttr = nps.getChildren().get(0);
        s.getGoals().add(ttr);
        List<Finding> findings = new GoalHierarchyRule().check(s);
        assertEquals(1, findings.size());
        assertEquals(Severity.WARNING, findings.get(0).severity());
        assertTrue(findings.get(0).action().startsWith("cxw goal add FILE --parent goal-1"));
        assertEquals(List.of(), new GoalsPresentRule().check(s));
    }
}
