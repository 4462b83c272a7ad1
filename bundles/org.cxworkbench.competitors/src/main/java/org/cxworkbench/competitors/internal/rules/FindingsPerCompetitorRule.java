package org.cxworkbench.competitors.internal.rules;

import java.util.ArrayList;
import java.util.List;

import org.cxworkbench.api.rules.Finding;
import org.cxworkbench.api.rules.StepRule;
import org.cxworkbench.api.rules.StepRuleService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.Competitor;
import org.cxworkbench.model.Strategy;
import org.osgi.service.component.annotations.Component;

/**
 * Step 4 researches every competitor (reviews, FAQ, chatbot, a fake service request): a competitor without
 * any finding is a warning; no finding at all means the research has not started, an error.
 */
@Component(service = StepRule.class)
@StepRuleService(step = 4, id = FindingsPerCompetitorRule.ID)
public final class FindingsPerCompetitorRule implements StepRule {

    static final String ID = "research.findings-per-competitor";

    @Override
    public List<Finding> check(Strategy strategy) {
        List<Finding> findings = new ArrayList<>();
        if (strategy.getFindings().isEmpty()) {
            findings.add(Finding.error(WorkflowStep.RESEARCH, ID, null,
                    "no competitive research recorded",
                    "read competitors' positive and negative reviews, check their FAQ page and chatbot, send a fake "
                            + "service request, and record each: cxw finding add FILE --competitor ID --kind "
                            + "NEGATIVE_REVIEW --text TEXT"));
        }
        for (Competitor competitor : strategy.getCompetitors()) {
            boolean researched = strategy.getFindings().stream().anyMatch(f -> f.getCompetitor() == competitor);
            if (!researched) {
                findings.add(Finding.warning(WorkflowStep.RESEARCH, ID, competitor.getId(),
                        "competitor '" + competitor.getName() + "' has no research finding",
                        "cxw finding add FILE --competitor " + competitor.getId() + " --kind KIND --text TEXT"));
            }
        }
        return findings;
    }
}
