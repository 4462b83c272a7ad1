package org.cxworkbench.workflow.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.cxworkbench.api.failure.PluginFailureLog;
import org.cxworkbench.api.rules.Finding;
import org.cxworkbench.api.rules.RuleFailure;
import org.cxworkbench.api.rules.StepRule;
import org.cxworkbench.api.rules.WorkflowReport;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.CxStrategyFactory;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.testing.RecordingFailureLog;
import org.junit.jupiter.api.Test;

/** Rules are folded into step statuses; rules that throw, hang or answer garbage are skipped and reported. */
class RuleBasedWorkflowTest {

    private final Strategy strategy = CxStrategyFactory.eINSTANCE.createStrategy();

    @Test
    void findingsDecideWhetherAStepIsComplete() {
        RuleBasedWorkflow workflow = new RuleBasedWorkflow();
        workflow.addRule(s -> List.of(Finding.error(WorkflowStep.GOALS, "goals.present", null, "no goal yet",
                "cxw goal add FILE --name ...")), Map.of(StepRule.STEP, 1, StepRule.ID, "goals.present"));
        workflow.addRule(s -> List.of(Finding.warning(WorkflowStep.AUDIT, "audit.owners", "touchpoint-1",
                "no owner", "cxw touchpoint update ...")), Map.of(StepRule.STEP, 2, StepRule.ID, "audit.owners"));
        WorkflowReport report = workflow.evaluate(strategy);
        assertFalse(report.step(WorkflowStep.GOALS).complete());
        assertEquals(List.of("no goal yet"), report.step(WorkflowStep.GOALS).missing());
        assertEquals("cxw goal add FILE --name ...", report.step(WorkflowStep.GOALS).nextAction());
        assertTrue(report.step(WorkflowStep.AUDIT).complete(), "a warning does not keep a step open");
        assertFalse(report.step(WorkflowStep.PLAN).complete(), "a step no rule checks cannot be confirmed");
        assertTrue(report.step(WorkflowStep.PLAN).missing().get(0).contains("no checks are installed"));
        assertTrue(report.failures().isEmpty());
    }

    @Test
    void rulesThatThrowHangOrAnswerGarbageAreSkippedAndReported() {
        RuleBasedWorkflow workflow = new RuleBasedWorkflow();
        RecordingFailureLog log = new RecordingFailureLog();
        workflow.setFailureLog(log);
        workflow.timeoutMillis(300);
        workflow.addRule(s -> {
            throw new IllegalStateException("broken on purpose");
        }, Map.of(StepRule.STEP, 1, StepRule.ID, "plugin.throws"));
        workflow.addRule(s -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of();
        }, Map.of(StepRule.STEP, 1, StepRule.ID, "plugin.hangs"));
        workflow.addRule(s -> null, Map.of(StepRule.STEP, 1, StepRule.ID, "plugin.null"));
        workflow.addRule(s -> List.of(), Map.of(StepRule.STEP, 12, StepRule.ID, "plugin.badstep"));
        workflow.addRule(s -> List.of(Finding.info(WorkflowStep.GOALS, "goals.ok", null, "fine")),
                Map.of(StepRule.STEP, 1, StepRule.ID, "goals.ok"));

        long start = System.nanoTime();
        WorkflowReport report = workflow.evaluate(strategy);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertEquals(4, report.failures().size(), report.failures().toString());
        assertEquals("did not answer within 0.3 s and was skipped", reason(report, "plugin.hangs"));
        assertTrue(reason(report, "plugin.throws").contains("broken on purpose"));
        assertTrue(reason(report, "plugin.null").contains("returned null"));
        assertTrue(reason(report, "plugin.badstep").contains("not a step number from 1 to 9"));
        assertTrue(report.step(WorkflowStep.GOALS).complete(), "the working rule still counts");
        assertTrue(millis < 30_000, "the hanging rule was not waited for: " + millis + " ms");
        assertEquals("rule plugin.hangs failed and was skipped: did not answer within 0.3 s and was skipped",
                log.only(PluginFailureLog.STEP_RULE, "plugin.hangs").message());
        assertTrue(log.only(PluginFailureLog.STEP_RULE, "plugin.throws").message().contains("broken on purpose"));
        assertEquals(4, log.recent().size(), log.recent().toString());
        workflow.deactivate();
    }

    private static String reason(WorkflowReport report, String ruleId) {
        return report.failures().stream().filter(f -> f.ruleId().equals(ruleId)).map(RuleFailure::reason)
                .findFirst().orElse("(no failure for " + ruleId + ")");
    }
}
