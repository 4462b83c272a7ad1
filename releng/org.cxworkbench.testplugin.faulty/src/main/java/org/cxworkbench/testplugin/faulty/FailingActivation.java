package org.cxworkbench.testplugin.faulty;

import org.cxworkbench.api.rules.StepRule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** A broken plugin component: its activation throws, so it never registers its service. */
@Component(service = StepRule.class, immediate = true, property = {"cxw.rule.step=1", "cxw.rule.id=faulty.activation"})
public final class FailingActivation implements StepRule {

    @Activate
    public FailingActivation() {
        throw new IllegalStateException("the faulty plugin cannot start on purpose");
    }

    @Override
    public java.util.List<org.cxworkbench.api.rules.Finding> check(org.cxworkbench.model.Strategy strategy) {
        return java.util.List.of();
    }
}
