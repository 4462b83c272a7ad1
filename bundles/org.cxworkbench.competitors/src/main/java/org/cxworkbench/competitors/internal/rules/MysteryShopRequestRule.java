package org.cxworkbench.competitors.internal.rules;

import java.util.List;

import org.cxworkbench.api.rules.Finding;
import org.cxworkbench.api.rules.StepRule;
import org.cxworkbench.api.rules.StepRuleService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.FindingKind;
import org.cxworkbench.model.Strategy;
import org.osgi.service.component.annotations.Component;

/** A mystery-shop result means little without the fake service request that was sent. */
@Component(service = StepRule.class)
@StepRuleService(step = 4, id = MysteryShopRequestRule.ID)
public final class MysteryShopRequestRule implements StepRule {

    static final String ID = "research.mystery-shop-request";

    @Override
    public List<Finding> check(Strategy strategy) {
        return strategy.getFindings().stream()
                .filter(f -> f.getKind() == FindingKind.MYSTERY_SHOP)
                .filter(f -> f.getRequest() == null || f.getRequest().isBlank())
                .map(f -> Finding.warning(WorkflowStep.RESEARCH, ID, f.getId(),
                        "mystery-shop finding " + f.getId() + (f.getCompetitor() == null ? "" : " on '"
                                + f.getCompetitor().getName() + "'") + " does not say what was asked",
                        "cxw finding update FILE " + f.getId() + " --request TEXT"))
                .toList();
    }
}
