package org.cxworkbench.competitors.internal.rules;

import java.util.List;

import org.cxworkbench.api.rules.Finding;
import org.cxworkbench.api.rules.StepRule;
import org.cxworkbench.api.rules.StepRuleService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.SwotSubject;
import org.osgi.service.component.annotations.Component;

/** Step 4: "a SWOT analysis of your customer service and your competitors' offerings" shows the gaps. */
@Component(service = StepRule.class)
@StepRuleService(step = 4, id = CompetitorSwotRule.ID)
public final class CompetitorSwotRule implements StepRule {

    static final String ID = "research.competitor-swot";

    @Override
    public List<Finding> check(Strategy strategy) {
        boolean present = strategy.getSwotItems().stream().anyMatch(i -> i.getSubjectKind() == SwotSubject.COMPETITOR);
        if (present) {
            return List.of();
        }
        return List.of(Finding.error(WorkflowStep.RESEARCH, ID, null,
                "no competitor SWOT: competitors' strengths and weaknesses are not recorded",
                "cxw swot add FILE --subject-kind COMPETITOR --competitor ID --quadrant WEAKNESS --text TEXT"));
    }
}
