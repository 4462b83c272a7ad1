package org.cxworkbench.example.plugin.template;

import java.util.List;

import org.cxworkbench.api.rules.Finding;
import org.cxworkbench.api.rules.StepRule;
import org.cxworkbench.api.rules.StepRuleService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.Strategy;
import org.osgi.service.component.annotations.Component;

/** A step rule contributed by a plugin: a warning for each touchpoint not rated in the current period. */
@Component
@StepRuleService(step = 2, id = "template.unrated-touchpoints")
public final class UnratedTouchpointRule implements StepRule {

    @Override
    public List<Finding> check(Strategy strategy) {
        return UnratedTouchpoints.of(strategy).stream()
                .map(t -> Finding.warning(WorkflowStep.AUDIT, "template.unrated-touchpoints", t.getId(),
                        t.getName() + " has no rating for " + strategy.getCurrentPeriod(),
                        "cxw rating add FILE --touchpoint " + t.getId() + " --period " + strategy.getCurrentPeriod()
                                + " --score N"))
                .toList();
    }
}
