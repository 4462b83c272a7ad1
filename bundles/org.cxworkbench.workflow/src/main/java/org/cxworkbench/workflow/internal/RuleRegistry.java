package org.cxworkbench.workflow.internal;

import java.util.Map;

import org.cxworkbench.api.rules.StepRule;
import org.cxworkbench.api.rules.WorkflowStep;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * A registered rule with what the workflow needs to know about it.
 *
 * @param id the rule id
 * @param step the step it checks, or {@code null} if its step property is invalid
 * @param rule the rule
 * @param bundle the symbolic name of the bundle that registered it
 */
record RuleRegistry(String id, WorkflowStep step, StepRule rule, String bundle) {

    static RuleRegistry of(StepRule rule, Map<String, Object> properties) {
        Object step = properties.get(StepRule.STEP);
        WorkflowStep workflowStep = null;
        try {
            workflowStep = WorkflowStep.ofNumber(Integer.parseInt(String.valueOf(step))).orElse(null);
        } catch (NumberFormatException e) {
            workflowStep = null;
        }
        Bundle bundle = FrameworkUtil.getBundle(rule.getClass());
        return new RuleRegistry(String.valueOf(properties.getOrDefault(StepRule.ID, rule.getClass().getName())),
                workflowStep, rule, bundle == null ? "?" : bundle.getSymbolicName());
    }
}
