package org.cxworkbench.optimise.internal.alerts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.cxworkbench.model.Competitor;
import org.cxworkbench.model.Keyword;
import org.cxworkbench.model.RankObservation;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.optimise.api.Alert;
import org.cxworkbench.optimise.api.AlertKind;
import org.cxworkbench.optimise.api.AlertSeverity;
import org.cxworkbench.plan.api.IsoDate;
import org.cxworkbench.plan.api.ReportingPeriod;

/**
 * Rank changes on the top five keywords (by relevance rank): for each keyword, the latest observation day
 * inside the period is compared with the observation day before it. A competitor that was behind the brand
 * (or not found) and is now ahead of it has overtaken it; a brand that lost three or more places, or fell out
 * of the results, has dropped.
 */
final class RankAlerts implements AlertSource {

    static final int TOP_KEYWORDS = 5;
    static final int DROP_THRESHOLD = 3;

    /** Not found in the results checked. */
    private static final int NOT_FOUND = Integer.MAX_VALUE;

    @Override
    public List<Alert> alerts(Strategy strategy, ReportingPeriod period) {
        List<Alert> alerts = new ArrayList<>();
        for (Keyword keyword : topKeywords(strategy)) {
            TreeSet<LocalDate> days = new TreeSet<>();
            for (RankObservation o : strategy.getRankObservations()) {
                if (o.getKeyword() == keyword) {
                    IsoDate.parse(o.getDate()).filter(d -> !d.isAfter(period.end())).ifPresent(days::add);
                }
            }
            if (days.size() < 2 || !period.contains(days.last())) {
                continue;
            }
            LocalDate now = days.last();
            LocalDate before = days.lower(now);
            Map<Competitor, Integer> positionsNow = positions(strategy, keyword, now);
            Map<Competitor, Integer> positionsBefore = positions(strategy, keyword, before);
            checkOwnDrop(keyword, positionsBefore, positionsNow, before, now, alerts);
            checkOvertakes(keyword, positionsBefore, positionsNow, before, now, alerts);
        }
        return alerts;
    }

    static List<Keyword> topKeywords(Strategy strategy) {
        return strategy.getKeywords().stream()
                .sorted(Comparator.comparingInt((Keyword k) -> k.getRelevanceRank() > 0 ? k.getRelevanceRank() : Integer.MAX_VALUE)
                        .thenComparing(k -> k.getTerm() == null ? "" : k.getTerm()))
                .limit(TOP_KEYWORDS).toList();
    }

    /** Position per competitor ({@code null} key: the brand) on one day; {@link #NOT_FOUND} when unset. */
    private static Map<Competitor, Integer> positions(Strategy strategy, Keyword keyword, LocalDate day) {
        Map<Competitor, Integer> positions = new LinkedHashMap<>();
        for (RankObservation o : strategy.getRankObservations()) {
            if (o.getKeyword() == keyword && IsoDate.parse(o.getDate()).filter(day::equals).isPresent()) {
                positions.putIfAbsent(o.getCompetitor(), o.isSetPosition() ? o.getPosition() : NOT_FOUND);
            }
        }
        return positions;
    }

    private static void checkOwnDrop(Keyword keyword, Map<Competitor, Integer> before, Map<Competitor, Integer> now,
            LocalDate beforeDay, LocalDate nowDay, List<Alert> alerts) {
        Integer ownBefore = before.get(null);
        Integer ownNow = now.get(null);
        if (ownBefore == null || ownNow == null || ownBefore == NOT_FOUND) {
            return;
        }
        if (ownNow == NOT_FOUND || ownNow - ownBefore >= DROP_THRESHOLD) {
            alerts.add(new Alert(AlertKind.RANK_DROP, AlertSeverity.WARNING, keyword.getId(),
                    "Our position for '" + keyword.getTerm() + "' dropped from " + ownBefore + " to " + text(ownNow),
                    "'" + keyword.getTerm() + "': own position " + ownBefore + " (" + beforeDay + ") -> "
                            + text(ownNow) + " (" + nowDay + ")"));
        }
    }

    private static void checkOvertakes(Keyword keyword, Map<Competitor, Integer> before, Map<Competitor, Integer> now,
            LocalDate beforeDay, LocalDate nowDay, List<Alert> alerts) {
        Integer ownBefore = before.get(null);
        Integer ownNow = now.get(null);
        if (ownBefore == null || ownNow == null || ownBefore == NOT_FOUND) {
            return;
        }
        for (Map.Entry<Competitor, Integer> entry : now.entrySet()) {
            Competitor competitor = entry.getKey();
            Integer theirBefore = before.get(competitor);
            if (competitor == null || theirBefore == null) {
                continue;
            }
            int theirNow = entry.getValue();
            boolean wasBehind = theirBefore > ownBefore;
            boolean isAhead = theirNow != NOT_FOUND && theirNow < ownNow;
            if (wasBehind && isAhead) {
                alerts.add(new Alert(AlertKind.COMPETITOR_OVERTOOK, AlertSeverity.WARNING,
                        keyword.getId() + "/" + competitor.getId(),
                        competitor.getName() + " overtook us for '" + keyword.getTerm() + "'",
                        "'" + keyword.getTerm() + "': " + competitor.getName() + " " + text(theirBefore) + " -> "
                                + theirNow + ", own position " + ownBefore + " -> " + text(ownNow) + " (" + beforeDay
                                + " -> " + nowDay + ")"));
            }
        }
    }

    private static String text(int position) {
        return position == NOT_FOUND ? "not found" : String.valueOf(position);
    }
}
