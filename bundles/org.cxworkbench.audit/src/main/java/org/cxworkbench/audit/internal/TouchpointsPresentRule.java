package org.cxworkbench.audit.internal;

import java.util.List;

import org.cxworkbench.api.rules.Finding;
import org.cxworkbench.api.rules.StepRule;
import org.cxworkbench.api.rules.StepRuleService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.Strategy;
import org.osgi.service.component.annotations.Component;

/** Step 2 charts every current touchpoint; a new business has none yet and is told so. */
@Component(service = StepRule.class)
@StepRuleService(step = 2, id = TouchpointsPresentRule.ID)
public final class TouchpointsPresentRule implements StepRule {

    static final String ID = "audit.touchpoints";

    @Override
    public List<Finding> check(Strategy strategy) {
        if (!strategy.getTouchpoints().isEmpty()) {
            return List.of();
        }
        if (NewBusiness.is(strategy)) {
            return List.of(Finding.info(WorkflowStep.AUDIT, ID, null, "a new business has no customer experience to "
                    + "audit yet; chart the planned touchpoints when they go live"));
        }
        return List.of(Finding.error(WorkflowStep.AUDIT, ID, null, "no touchpoint is charted yet: list every place "
                + "customers interact with you (store, app, social, chat, support forum, marketing, devices)",
                "cxw touchpoint add FILE --name \"Mobile app\" --channel MOBILE_APP --stage Order"));
    }
}
