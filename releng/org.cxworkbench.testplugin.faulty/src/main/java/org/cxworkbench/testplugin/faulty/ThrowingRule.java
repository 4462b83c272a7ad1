package org.cxworkbench.testplugin.faulty;

import java.util.List;

import org.cxworkbench.api.rules.Finding;
import org.cxworkbench.api.rules.StepRule;
import org.cxworkbench.api.rules.StepRuleService;
import org.cxworkbench.model.Strategy;
import org.osgi.service.component.annotations.Component;

/** A broken plugin rule: it always throws. */
@Component
@StepRuleService(step = 1, id = "faulty.throws")
public final class ThrowingRule implements StepRule {

    @Override
    public List<Finding> check(Strategy strategy) {
        throw new IllegalStateException("the faulty plugin's rule is broken on purpose");
    }
}
