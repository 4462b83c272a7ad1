package org.cxworkbench.competitors.internal.rank;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

import org.cxworkbench.competitors.api.RankChange;
import org.cxworkbench.competitors.api.RankTracker;
import org.cxworkbench.competitors.internal.rank.RankHistory.Subject;
import org.cxworkbench.model.Keyword;
import org.cxworkbench.model.Strategy;
import org.osgi.service.component.annotations.Component;

/** The {@link RankTracker}: latest and previous positions from the strategy's rank observations. */
@Component(service = RankTracker.class)
public final class ObservedRankTracker implements RankTracker {

    @Override
    public List<RankChange> changes(Strategy strategy, int topKeywords) {
        RankHistory history = RankHistory.of(strategy);
        List<RankChange> changes = new ArrayList<>();
        for (Keyword keyword : KeywordOrder.top(strategy, topKeywords)) {
            for (Subject subject : history.subjects()) {
                NavigableMap<String, Integer> positions = history.positions(keyword, subject);
                if (!positions.isEmpty()) {
                    changes.add(change(keyword, subject, positions));
                }
            }
        }
        return changes;
    }

    private static RankChange change(Keyword keyword, Subject subject, NavigableMap<String, Integer> positions) {
        Map.Entry<String, Integer> latest = positions.lastEntry();
        Map.Entry<String, Integer> previous = positions.lowerEntry(latest.getKey());
        return new RankChange(keyword.getId(), keyword.getTerm(), keyword.getRelevanceRank(),
                subject.ownBrand() ? null : subject.competitor().getId(),
                subject.ownBrand() ? null : subject.competitor().getName(),
                previous == null ? null : previous.getValue(), previous == null ? null : previous.getKey(),
                latest.getValue(), latest.getKey());
    }
}
