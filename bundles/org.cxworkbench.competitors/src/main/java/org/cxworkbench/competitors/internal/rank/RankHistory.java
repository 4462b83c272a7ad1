package org.cxworkbench.competitors.internal.rank;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;

import org.cxworkbench.model.Competitor;
import org.cxworkbench.model.Keyword;
import org.cxworkbench.model.RankObservation;
import org.cxworkbench.model.Strategy;

/**
 * The rank observations of a strategy arranged per keyword and subject (own brand or competitor), by date.
 * Observations without a keyword or a date are ignored. When the same subject was observed twice on one
 * date for one keyword, the later observation in the file wins. A position that is not set means "not found
 * in the results checked" and is kept as {@code null}.
 */
public final class RankHistory {

    /** A subject of rank observations: the own brand ({@code competitor == null}) or a competitor. */
    public record Subject(Competitor competitor) {
        public boolean ownBrand() {
            return competitor == null;
        }
    }

    private final Strategy strategy;
    private final Map<Keyword, Map<Subject, NavigableMap<String, Integer>>> byKeyword = new HashMap<>();

    private RankHistory(Strategy strategy) {
        this.strategy = strategy;
        for (RankObservation observation : strategy.getRankObservations()) {
            if (observation.getKeyword() == null || observation.getDate() == null || observation.getDate().isBlank()) {
                continue;
            }
            byKeyword.computeIfAbsent(observation.getKeyword(), k -> new HashMap<>())
                    .computeIfAbsent(new Subject(observation.getCompetitor()), s -> new TreeMap<>())
                    .put(observation.getDate().strip(), observation.isSetPosition() ? observation.getPosition() : null);
        }
    }

    /** Reads the observations of {@code strategy}. */
    public static RankHistory of(Strategy strategy) {
        return new RankHistory(strategy);
    }

    /** The subjects: the own brand first, then every competitor in file order. */
    public List<Subject> subjects() {
        List<Subject> subjects = new ArrayList<>();
        subjects.add(new Subject(null));
        strategy.getCompetitors().forEach(c -> subjects.add(new Subject(c)));
        return subjects;
    }

    /** Whether the keyword has any observation. */
    public boolean observed(Keyword keyword) {
        return byKeyword.containsKey(keyword);
    }

    /** The positions of a subject for a keyword by date, oldest first ({@code null} = not found). */
    public NavigableMap<String, Integer> positions(Keyword keyword, Subject subject) {
        NavigableMap<String, Integer> positions = byKeyword.getOrDefault(keyword, Map.of()).get(subject);
        return positions == null ? Collections.emptyNavigableMap() : Collections.unmodifiableNavigableMap(positions);
    }

    /** Every observation date of a keyword over all subjects, oldest first. */
    public List<String> dates(Keyword keyword) {
        TreeSet<String> dates = new TreeSet<>();
        byKeyword.getOrDefault(keyword, Map.of()).values().forEach(p -> dates.addAll(p.keySet()));
        return List.copyOf(dates);
    }
}
