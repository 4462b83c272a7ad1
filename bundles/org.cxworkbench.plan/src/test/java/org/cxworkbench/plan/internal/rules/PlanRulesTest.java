package org.cxworkbench.plan.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.cxworkbench.api.rules.Finding;
import org.cxworkbench.api.rules.Severity;
import org.cxworkbench.api.rules.StepRule;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.Goal;
import org.cxworkbench.model.Opportunity;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.Tactic;
import org.cxworkbench.model.WorkStatus;
import org.cxworkbench.plan.fixtures.SeedStrategies;
import org.cxworkbench.plan.internal.TimelineBuilder;
import org.junit.jupiter.api.Test;

class PlanRulesTest {

    private static final Clock AUG_12 = Clock.fixed(Instant.parse("2026-08-12T10:00:00Z"), ZoneOffset.UTC);

    private static List<StepRule> allRules() {
        TimelineBuilder plan = new TimelineBuilder();
        return List.of(new TacticsExistRule(), new GoalCoverageRule(), new TacticStepsRule(), new StepOwnerRule(plan),
                new OverdueStepsRule(plan, AUG_12), new StepDatesRule(), new OpportunityCoverageRule());
    }

    @Test
    void aGoodPlanSatisfiesEveryRule() {
        Strategy good = SeedStrategies.goodPlan();
        for (StepRule rule : allRules()) {
            assertEquals(List.of(), rule.check(good), rule.getClass().getSimpleName());
        }
    }

    @Test
    void noTacticIsAnErrorWithTheCommandToAddOne() {
        Strategy s = SeedStrategies.chatbotWithoutSteps();
        s.getTactics().clear();

        List<Finding> findings = new TacticsExistRule().check(s);

        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(WorkflowStep.PLAN, f.step());
        assertTrue(f.action().startsWith("cxw tactic add FILE --name"), f.action());
        assertTrue(f.action().contains("--goals goal-1"), f.action());
    }

    @Test
    void everyLeafGoalNeedsATacticOfItsOwn() {
        Strategy s = SeedStrategies.chatbotWithoutSteps();
        Tactic chatbot = s.getTactics().get(0);
        chatbot.getGoals().clear();
        chatbot.getGoals().add(SeedStrategies.goal(s, "goal-1"));
        Goal churn = SeedStrategies.F.createGoal();
        churn.setId("goal-4");
        churn.setStatement("Cut churn by 10 % in Q1");
        s.getGoals().add(churn);

        List<Finding> findings = new GoalCoverageRule().check(s);

        assertEquals(List.of("goal-2", "goal-3", "goal-4"), findings.stream().map(Finding::elementId).toList());
        assertTrue(findings.stream().allMatch(f -> f.severity() == Severity.ERROR));
        Finding nps = findings.get(0);
        assertTrue(nps.message().contains("Goal goal-2 'Raise NPS' has no tactic"), nps.message());
        assertTrue(nps.message().contains("parent goal goal-1"), nps.message());
        assertEquals("cxw tactic add FILE --name \"...\" --goals goal-2", nps.action());
        assertTrue(findings.get(2).message().contains("'Cut churn by 10 % in Q1'"));
        assertFalse(findings.get(2).message().contains("parent"));
    }

    @Test
    void aTacticWithoutStepsIsAnErrorUnlessCancelled() {
        Strategy s = SeedStrategies.chatbotWithoutSteps();
        List<Finding> findings = new TacticStepsRule().check(s);
        assertEquals(1, findings.size());
        assertEquals(Severity.ERROR, findings.get(0).severity());
        assertEquals("tactic-1", findings.get(0).elementId());
        assertTrue(findings.get(0).action().contains("cxw tactic-template FILE tactic-1 --template chatbot"));

        s.getTactics().get(0).setStatus(WorkStatus.CANCELLED);
        assertEquals(List.of(), new TacticStepsRule().check(s));
    }

    @Test
    void aStepWithoutOwnerIsAnErrorUnlessItsTacticHasOne() {
        Strategy s = SeedStrategies.chatbotWithSteps();
        StepOwnerRule rule = new StepOwnerRule(new TimelineBuilder());

        List<Finding> findings = rule.check(s);
        assertEquals(List.of("tactic-step-1", "tactic-step-3", "tactic-step-4"),
                findings.stream().map(Finding::elementId).toList());
        assertTrue(findings.stream().allMatch(f -> f.severity() == Severity.ERROR));
        assertTrue(findings.get(0).action().contains("cxw step update FILE tactic-step-1 --owner OWNER_ID"));

        s.getTactics().get(0).setOwner(SeedStrategies.owner(s, "owner-1"));
        assertEquals(List.of(), rule.check(s));
    }

    @Test
    void overdueStepsAreWarningsAgainstTodaysDate() {
        Strategy s = SeedStrategies.chatbotWithSteps();

        List<Finding> findings = new OverdueStepsRule(new TimelineBuilder(), AUG_12).check(s);

        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("tactic-step-2", f.elementId());
        assertTrue(f.message().contains("was due 2026-08-09 and is in progress (today is 2026-08-12)"), f.message());

        Clock july = Clock.fixed(Instant.parse("2026-07-10T10:00:00Z"), ZoneOffset.UTC);
        assertEquals(List.of(), new OverdueStepsRule(new TimelineBuilder(), july).check(s));
    }

    @Test
    void aStepDueBeforeItStartsOrWithAMalformedDateIsAnError() {
        Strategy s = SeedStrategies.goodPlan();
        s.getTactics().get(0).getSteps().get(2).setDueDate("2026-08-01");
        s.getTactics().get(0).getSteps().get(3).setStartDate("17.08.2026");

        List<Finding> findings = new StepDatesRule().check(s);

        assertEquals(2, findings.size());
        assertTrue(findings.stream().allMatch(f -> f.severity() == Severity.ERROR));
        assertEquals("tactic-step-3", findings.get(0).elementId());
        assertEquals("Step tactic-step-3 is due 2026-08-01, before it starts on 2026-08-10", findings.get(0).message());
        assertEquals("tactic-step-4", findings.get(1).elementId());
        assertTrue(findings.get(1).message().contains("'17.08.2026', which is not a date"));
    }

    @Test
    void anOpportunityNoTacticPicksUpIsAWarning() {
        Strategy s = SeedStrategies.goodPlan();
        Opportunity faq = SeedStrategies.F.createOpportunity();
        faq.setId("opportunity-2");
        faq.setName("No competitor has a useful FAQ page");
        s.getOpportunities().add(faq);

        List<Finding> findings = new OpportunityCoverageRule().check(s);

        assertEquals(1, findings.size());
        assertEquals(Severity.WARNING, findings.get(0).severity());
        assertEquals("opportunity-2", findings.get(0).elementId());
        assertTrue(findings.get(0).action().contains("--opportunities opportunity-2"));
    }

    @Test
    void aWeakPlanKeepsStepSixIncomplete() {
        Strategy weak = SeedStrategies.chatbotWithSteps();
        long errors = allRules().stream().flatMap(r -> r.check(weak).stream())
                .filter(f -> f.severity() == Severity.ERROR).count();
        assertEquals(3, errors, "three unowned steps");
    }
}
