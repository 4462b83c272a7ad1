package org.cxworkbench.audit.internal;

import java.util.ArrayList;
import java.util.List;

import org.cxworkbench.api.rules.Finding;
import org.cxworkbench.api.rules.StepRule;
import org.cxworkbench.api.rules.StepRuleService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.Touchpoint;
import org.osgi.service.component.annotations.Component;

/** A touchpoint nobody owns is nobody's to improve: a warning per touchpoint without owner. */
@Component(service = StepRule.class)
@StepRuleService(step = 2, id = TouchpointOwnerRule.ID)
public final class TouchpointOwnerRule implements StepRule {

    static final String ID = "audit.owners";

    @Override
    public List<Finding> check(Strategy strategy) {
        List<Finding> findings = new ArrayList<>();
        for (Touchpoint touchpoint : strategy.getTouchpoints()) {
            if (touchpoint.getOwner() == null) {
                findings.add(Finding.warning(WorkflowStep.AUDIT, ID, touchpoint.getId(), "touchpoint "
                        + Labels.of(touchpoint) + " has no owner", "cxw touchpoint update FILE " + touchpoint.getId()
                        + " --owner OWNER_ID"));
            }
        }
        return findings;
    }
}
