package org.cxworkbench.competitors.internal.gap;

import java.util.List;
import java.util.Set;

import org.cxworkbench.model.Competitor;
import org.cxworkbench.model.CompetitorFinding;

/**
 * Something competitors' customers complain about, found in negative reviews and mystery-shop results.
 *
 * @param kind waiting for a response, or another topic several competitors' customers complain about
 * @param words the significant words (stems) the complaints share (empty for waiting detected from response hours only)
 * @param label the shared words as the customers wrote them, for names and descriptions
 * @param findings the findings behind it, in file order
 * @param competitors the competitors concerned, in file order
 */
public record ComplaintTheme(Kind kind, Set<String> words, List<String> label, List<CompetitorFinding> findings, List<Competitor> competitors) {

    /** The kinds of theme. */
    public enum Kind {
        /** Customers wait too long to reach someone: slow mystery-shop responses, reviews about waiting. */
        WAITING,
        /** Another topic the negative reviews of at least two competitors share. */
        SHARED_TOPIC
    }

    public ComplaintTheme {
        words = Set.copyOf(words);
        label = List.copyOf(label);
        findings = List.copyOf(findings);
        competitors = List.copyOf(competitors);
    }
}
