package org.cxworkbench.competitors.api;

import java.util.List;

import org.cxworkbench.model.Strategy;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Reads the search-rank observations of a strategy: for each of the most relevant keywords and each
 * subject (the own brand and every competitor observed), the latest position and the one observed on the
 * date before. Registered as an OSGi service by the competitors bundle.
 */
@ProviderType
public interface RankTracker {

    /**
     * The latest rank of every observed subject on the top keywords, with the previous observation.
     *
     * @param strategy the strategy, not changed
     * @param topKeywords how many keywords to consider, the most relevant first (relevance rank 1 first;
     *        keywords without a relevance rank come last, in file order)
     * @return one change per keyword and subject that has at least one observation, ordered by keyword
     *         relevance, then own brand first, then competitors in file order
     */
    List<RankChange> changes(Strategy strategy, int topKeywords);
}
