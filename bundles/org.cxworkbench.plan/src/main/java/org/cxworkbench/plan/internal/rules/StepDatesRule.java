package org.cxworkbench.plan.internal.rules;

import java.util.ArrayList;
import java.util.List;

import org.cxworkbench.api.rules.Finding;
import org.cxworkbench.api.rules.StepRule;
import org.cxworkbench.api.rules.StepRuleService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.Tactic;
import org.cxworkbench.model.TacticStep;
import org.cxworkbench.plan.api.IsoDate;
import org.osgi.service.component.annotations.Component;

/** Dates must be real {@code yyyy-MM-dd} dates and no step may be due before it starts. */
@Component(service = StepRule.class)
@StepRuleService(step = 6, id = StepDatesRule.ID)
public final class StepDatesRule implements StepRule {

    static final String ID = "plan.step-dates";

    @Override
    public List<Finding> check(Strategy strategy) {
        List<Finding> findings = new ArrayList<>();
        for (Tactic tactic : strategy.getTactics()) {
            checkDates(tactic.getId(), "tactic", tactic.getStartDate(), tactic.getDueDate(), findings);
            for (TacticStep step : tactic.getSteps()) {
                checkDates(step.getId(), "step", step.getStartDate(), step.getDueDate(), findings);
                if (!IsoDate.isBlankOrValid(step.getDoneDate())) {
                    findings.add(malformed(step.getId(), "step", "done date", step.getDoneDate()));
                }
            }
        }
        return findings;
    }

    private static void checkDates(String id, String noun, String start, String due, List<Finding> findings) {
        if (!IsoDate.isBlankOrValid(start)) {
            findings.add(malformed(id, noun, "start date", start));
        }
        if (!IsoDate.isBlankOrValid(due)) {
            findings.add(malformed(id, noun, "due date", due));
        }
        IsoDate.parse(start).ifPresent(s -> IsoDate.parse(due).filter(d -> d.isBefore(s)).ifPresent(d -> findings.add(
                Finding.error(WorkflowStep.PLAN, ID, id, capitalise(noun) + " " + id + " is due " + due
                        + ", before it starts on " + start,
                        "cxw " + noun + " update FILE " + id + " --start-date yyyy-MM-dd --due-date yyyy-MM-dd"))));
    }

    private static Finding malformed(String id, String noun, String field, String value) {
        return Finding.error(WorkflowStep.PLAN, ID, id, capitalise(noun) + " " + id + " has " + field + " '" + value
                + "', which is not a date like 2026-07-01",
                "cxw " + noun + " update FILE " + id + " --" + field.replace(' ', '-') + " yyyy-MM-dd");
    }

    private static String capitalise(String noun) {
        return Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
    }
}
