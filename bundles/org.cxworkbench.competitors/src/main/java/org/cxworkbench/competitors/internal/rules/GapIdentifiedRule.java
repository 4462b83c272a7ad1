package org.cxworkbench.competitors.internal.rules;

import java.util.ArrayList;
import java.util.List;

import org.cxworkbench.api.rules.Finding;
import org.cxworkbench.api.rules.StepRule;
import org.cxworkbench.api.rules.StepRuleService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.competitors.internal.gap.GapAnalysis;
import org.cxworkbench.competitors.internal.gap.GapProposal;
import org.cxworkbench.model.OpportunitySource;
import org.cxworkbench.model.Strategy;
import org.osgi.service.component.annotations.Component;

/**
 * Step 4 ends with the gaps in the marketplace: at least one opportunity from a competitor gap. When the
 * gap analysis proposes opportunities that are not recorded yet, an info says how many.
 */
@Component(service = StepRule.class)
@StepRuleService(step = 4, id = GapIdentifiedRule.ID)
public final class GapIdentifiedRule implements StepRule {

    static final String ID = "research.gap-identified";

    @Override
    public List<Finding> check(Strategy strategy) {
        List<Finding> findings = new ArrayList<>();
        boolean identified = strategy.getOpportunities().stream()
                .anyMatch(o -> o.getSource() == OpportunitySource.COMPETITOR_GAP);
        if (!identified) {
            findings.add(Finding.error(WorkflowStep.RESEARCH, ID, null,
                    "no gap or opportunity identified from the competitive analysis",
                    "cxw gap-analysis FILE --accept"));
        }
        List<GapProposal> proposals = GapAnalysis.propose(strategy);
        long open = proposals.stream().filter(p -> GapAnalysis.recorded(strategy, p).isEmpty()).count();
        if (identified && open > 0) {
            findings.add(Finding.info(WorkflowStep.RESEARCH, ID, null,
                    open + " further opportunit" + (open == 1 ? "y is" : "ies are")
                            + " proposed by the gap analysis and not recorded: cxw gap-analysis FILE"));
        }
        return findings;
    }
}
