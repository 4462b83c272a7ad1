package org.cxworkbench.competitors.internal.entities;

import java.util.List;

import org.cxworkbench.api.entity.EntityKind;
import org.cxworkbench.api.entity.EntityKindService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.CxStrategyPackage.Literals;
import org.cxworkbench.model.Keyword;
import org.cxworkbench.model.Strategy;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.osgi.service.component.annotations.Component;

/**
 * {@code cxw keyword ...}: the competitive keywords of step 3, the top five to ten ranked by relevance
 * (1 = most relevant). A keyword added without a relevance rank gets the next free one.
 */
@Component(service = EntityKind.class)
@EntityKindService(noun = "keyword")
public final class KeywordKind implements EntityKind {

    /** The source article tracks the top five to ten keywords. */
    public static final int MAX_RELEVANCE_RANK = 10;

    @Override
    public String noun() {
        return "keyword";
    }

    @Override
    public EClass eClass() {
        return Literals.KEYWORD;
    }

    @Override
    public WorkflowStep step() {
        return WorkflowStep.COMPETITORS;
    }

    @Override
    public EReference defaultContainer() {
        return Literals.STRATEGY__KEYWORDS;
    }

    @Override
    public List<EStructuralFeature> listColumns() {
        return List.of(Literals.KEYWORD__TERM, Literals.KEYWORD__RELEVANCE_RANK, Literals.KEYWORD__SOURCE);
    }

    @Override
    public void afterChange(EObject element) {
        Keyword keyword = (Keyword) element;
        if (keyword.getTerm() == null || keyword.getTerm().isBlank()) {
            throw new IllegalArgumentException(ElementLabel.of("keyword", keyword) + " needs a search term (--term)");
        }
        keyword.setTerm(keyword.getTerm().strip());
        if (keyword.getRelevanceRank() == 0 && keyword.eContainer() instanceof Strategy strategy) {
            keyword.setRelevanceRank(nextFreeRank(strategy, keyword));
        }
        if (keyword.getRelevanceRank() < 1 || keyword.getRelevanceRank() > MAX_RELEVANCE_RANK) {
            throw new IllegalArgumentException("keyword '" + keyword.getTerm() + "': relevance rank "
                    + keyword.getRelevanceRank() + " is outside 1.." + MAX_RELEVANCE_RANK
                    + " (track the top five to ten keywords, 1 = most relevant)");
        }
    }

    private static int nextFreeRank(Strategy strategy, Keyword keyword) {
        int rank = 1;
        while (taken(strategy, keyword, rank)) {
            rank++;
        }
        return rank;
    }

    private static boolean taken(Strategy strategy, Keyword keyword, int rank) {
        return strategy.getKeywords().stream().anyMatch(k -> k != keyword && k.getRelevanceRank() == rank);
    }
}
