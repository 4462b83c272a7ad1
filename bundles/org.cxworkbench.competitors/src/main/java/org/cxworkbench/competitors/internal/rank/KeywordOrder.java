package org.cxworkbench.competitors.internal.rank;

import java.util.Comparator;
import java.util.List;

import org.cxworkbench.model.Keyword;
import org.cxworkbench.model.Strategy;

/** The keywords of a strategy, most relevant first: relevance rank 1 first, unranked (0) last in file order. */
public final class KeywordOrder {

    /** How many keywords the source article says to track: the top five or ten. */
    public static final int DEFAULT_TOP = 10;

    private KeywordOrder() {
    }

    /** The {@code top} most relevant keywords. */
    public static List<Keyword> top(Strategy strategy, int top) {
        return strategy.getKeywords().stream()
                .sorted(Comparator.comparingInt(KeywordOrder::sortKey))
                .limit(Math.max(0, top))
                .toList();
    }

    private static int sortKey(Keyword keyword) {
        return keyword.getRelevanceRank() > 0 ? keyword.getRelevanceRank() : Integer.MAX_VALUE;
    }
}
