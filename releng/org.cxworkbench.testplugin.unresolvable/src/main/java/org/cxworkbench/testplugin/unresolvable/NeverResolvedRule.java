package org.cxworkbench.testplugin.unresolvable;

import java.util.List;

import org.cxworkbench.api.rules.Finding;
import org.cxworkbench.api.rules.StepRule;
import org.cxworkbench.api.rules.StepRuleService;
import org.cxworkbench.model.Strategy;
import org.osgi.service.component.annotations.Component;

/** A rule in a bundle that cannot resolve; it never runs. */
@Component
@StepRuleService(step = 1, id = "unresolvable.never")
public final class NeverResolvedRule implements StepRule {

    @Override
    public List<Finding> check(Strategy strategy) {
        return List.of();
    }
}
