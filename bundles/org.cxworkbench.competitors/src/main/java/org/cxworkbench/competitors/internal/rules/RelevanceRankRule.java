package org.cxworkbench.competitors.internal.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cxworkbench.api.rules.Finding;
import org.cxworkbench.api.rules.StepRule;
import org.cxworkbench.api.rules.StepRuleService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.competitors.internal.entities.KeywordKind;
import org.cxworkbench.model.Keyword;
import org.cxworkbench.model.Strategy;
import org.osgi.service.component.annotations.Component;

/**
 * Keyword relevance ranks order the top keywords: a rank outside 1..10 is an error; two keywords sharing
 * a rank make "the top N" ambiguous, a warning.
 */
@Component(service = StepRule.class)
@StepRuleService(step = 3, id = RelevanceRankRule.ID)
public final class RelevanceRankRule implements StepRule {

    static final String ID = "competitors.relevance-rank";

    @Override
    public List<Finding> check(Strategy strategy) {
        List<Finding> findings = new ArrayList<>();
        Map<Integer, Keyword> firstWithRank = new LinkedHashMap<>();
        for (Keyword keyword : strategy.getKeywords()) {
            int rank = keyword.getRelevanceRank();
            if (rank < 1 || rank > KeywordKind.MAX_RELEVANCE_RANK) {
                findings.add(Finding.error(WorkflowStep.COMPETITORS, ID, keyword.getId(),
                        "keyword '" + keyword.getTerm() + "' has relevance rank " + rank + ", outside 1.."
                                + KeywordKind.MAX_RELEVANCE_RANK,
                        "cxw keyword update FILE " + keyword.getId() + " --relevance-rank N (1 = most relevant)"));
                continue;
            }
            Keyword first = firstWithRank.putIfAbsent(rank, keyword);
            if (first != null) {
                findings.add(Finding.warning(WorkflowStep.COMPETITORS, ID, keyword.getId(),
                        "keywords '" + first.getTerm() + "' and '" + keyword.getTerm() + "' share relevance rank " + rank,
                        "give each keyword its own rank: cxw keyword update FILE " + keyword.getId() + " --relevance-rank N"));
            }
        }
        return findings;
    }
}
