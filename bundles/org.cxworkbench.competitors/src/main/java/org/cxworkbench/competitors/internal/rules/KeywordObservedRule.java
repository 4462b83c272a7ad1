package org.cxworkbench.competitors.internal.rules;

import java.util.ArrayList;
import java.util.List;

import org.cxworkbench.api.rules.Finding;
import org.cxworkbench.api.rules.StepRule;
import org.cxworkbench.api.rules.StepRuleService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.competitors.internal.rank.RankHistory;
import org.cxworkbench.model.Keyword;
import org.cxworkbench.model.Strategy;
import org.osgi.service.component.annotations.Component;

/**
 * Step 3 checks who ranks for each keyword: a keyword without any rank observation is a warning; when no
 * keyword has one, nobody has looked yet and the step is not complete.
 */
@Component(service = StepRule.class)
@StepRuleService(step = 3, id = KeywordObservedRule.ID)
public final class KeywordObservedRule implements StepRule {

    static final String ID = "competitors.keyword-observed";

    @Override
    public List<Finding> check(Strategy strategy) {
        RankHistory history = RankHistory.of(strategy);
        List<Keyword> unobserved = strategy.getKeywords().stream().filter(k -> !history.observed(k)).toList();
        if (unobserved.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        if (unobserved.size() == strategy.getKeywords().size()) {
            findings.add(Finding.error(WorkflowStep.COMPETITORS, ID, null,
                    "no search rank observed for any keyword: who ranks for them is still unknown",
                    "search each keyword and record who comes up where: "
                            + "cxw rank add FILE --keyword ID [--competitor ID] --position N --date yyyy-MM-dd"));
        }
        for (Keyword keyword : unobserved) {
            findings.add(Finding.warning(WorkflowStep.COMPETITORS, ID, keyword.getId(),
                    "keyword '" + keyword.getTerm() + "' has no rank observation",
                    "cxw rank add FILE --keyword " + keyword.getId() + " [--competitor ID] --position N"));
        }
        return findings;
    }
}
