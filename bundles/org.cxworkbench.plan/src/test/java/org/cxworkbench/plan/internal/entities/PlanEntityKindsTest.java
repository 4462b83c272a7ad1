package org.cxworkbench.plan.internal.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.CxStrategyPackage.Literals;
import org.cxworkbench.model.Tactic;
import org.cxworkbench.model.TacticStep;
import org.cxworkbench.model.WorkStatus;
import org.cxworkbench.plan.fixtures.SeedStrategies;
import org.junit.jupiter.api.Test;

class PlanEntityKindsTest {

    @Test
    void tacticsLiveInTheStrategyAndStepsNeedTheirTactic() {
        TacticKind tactic = new TacticKind();
        assertEquals("tactic", tactic.noun());
        assertEquals(Literals.STRATEGY__TACTICS, tactic.defaultContainer());
        assertEquals(WorkflowStep.PLAN, tactic.step());
        assertTrue(tactic.readOnly().contains(Literals.TACTIC__STEPS));

        StepKind step = new StepKind();
        assertEquals("step", step.noun());
        assertNull(step.defaultContainer());
        assertEquals(Map.of("--tactic", Literals.TACTIC__STEPS), step.parentOptions());
        assertEquals(Literals.TACTIC_STEP, step.eClass());
    }

    @Test
    void refusesMalformedDatesNamingTheElement() {
        Tactic tactic = SeedStrategies.chatbotWithoutSteps().getTactics().get(0);
        tactic.setDueDate("2026-13-01");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TacticKind().afterChange(tactic));
        assertEquals("tactic-1: due date '2026-13-01' is not a date like 2026-07-01 (yyyy-MM-dd)", e.getMessage());
    }

    @Test
    void aStepGivenADoneDateBecomesDone() {
        TacticStep step = SeedStrategies.step(SeedStrategies.chatbotWithoutSteps().getTactics().get(0), "tactic-step-1",
                "Launch!", "2026-08-17", "2026-08-17", WorkStatus.IN_PROGRESS);
        step.setDoneDate("2026-08-17");
        new StepKind().afterChange(step);
        assertEquals(WorkStatus.DONE, step.getStatus());

        step.setStatus(WorkStatus.CANCELLED);
        new StepKind().afterChange(step);
        assertEquals(WorkStatus.CANCELLED, step.getStatus(), "a cancelled step stays cancelled");
    }
}
