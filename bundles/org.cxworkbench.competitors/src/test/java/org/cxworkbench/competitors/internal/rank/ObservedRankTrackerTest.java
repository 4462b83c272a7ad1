package org.cxworkbench.competitors.internal.rank;

import static org.cxworkbench.competitors.internal.testing.CompetitorFixtures.keyword;
import static org.cxworkbench.competitors.internal.testing.CompetitorFixtures.rank;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cxworkbench.competitors.api.RankChange;
import org.cxworkbench.competitors.internal.testing.CompetitorFixtures;
import org.cxworkbench.model.Keyword;
import org.cxworkbench.model.Strategy;
import org.junit.jupiter.api.Test;

class ObservedRankTrackerTest {

    private final ObservedRankTracker tracker = new ObservedRankTracker();

    @Test
    void latestPositionAndPlacesGainedPerSubject() {
        List<RankChange> changes = tracker.changes(CompetitorFixtures.grocer(), 1);

        assertEquals(3, changes.size(), "own brand and two competitors for the top keyword");
        RankChange own = changes.get(0);
        assertTrue(own.ownBrand());
        assertEquals("online grocery delivery", own.keyword());
        assertEquals(5, own.previousPosition());
        assertEquals("2026-06-01", own.previousDate());
        assertEquals(3, own.latestPosition());
        assertEquals("2026-07-01", own.latestDate());
        assertEquals(2, own.placesGained(), "5 -> 3 is two places up");
        assertEquals("3 (up 2)", RankChangeText.of(own));

        RankChange quickCart = changes.get(1);
        assertEquals("QuickCart", quickCart.competitorName());
        assertEquals(-1, quickCart.placesGained(), "1 -> 2 is one place down");
        assertEquals("2 (down 1)", RankChangeText.of(quickCart));

        RankChange greenGrocer = changes.get(2);
        assertNull(greenGrocer.previousPosition(), "not found on the first check");
        assertTrue(greenGrocer.entered());
        assertTrue(greenGrocer.changed());
        assertEquals("4 (entered)", RankChangeText.of(greenGrocer));
    }

    @Test
    void topKeywordsFollowRelevanceRankAndUnrankedComeLast() {
        Strategy s = CompetitorFixtures.grocer();
        Keyword unranked = keyword(s, "keyword-9", "grocery coupons", 0);
        s.getKeywords().move(0, unranked);
        rank(s, unranked, null, "2026-07-01", 9);

        List<String> terms = tracker.changes(s, 10).stream().map(RankChange::keyword).distinct().toList();

        assertEquals(List.of("online grocery delivery", "grocery app", "weeknight meal ideas", "same day groceries",
                "kid friendly recipes", "grocery coupons"), terms);
        assertEquals(List.of("online grocery delivery", "grocery app"),
                tracker.changes(s, 2).stream().map(RankChange::keyword).distinct().toList());
    }

    @Test
    void sameDateTwiceKeepsTheLaterObservationAndOnlyOneDateHasNoPrevious() {
        Strategy s = CompetitorFixtures.F.createStrategy();
        Keyword k = keyword(s, "keyword-1", "meal kits", 1);
        rank(s, k, null, "2026-07-01", 8);
        rank(s, k, null, "2026-07-01", 6);

        RankChange change = tracker.changes(s, 5).get(0);

        assertEquals(6, change.latestPosition());
        assertFalse(change.hasPrevious());
        assertNull(change.placesGained());
        assertFalse(change.changed());
        assertEquals("6 (first)", RankChangeText.of(change));
    }

    @Test
    void droppingOutOfTheResultsIsAChange() {
        Strategy s = CompetitorFixtures.F.createStrategy();
        Keyword k = keyword(s, "keyword-1", "meal kits", 1);
        rank(s, k, null, "2026-05-01", 4);
        rank(s, k, null, "2026-06-01", null);

        RankChange change = tracker.changes(s, 5).get(0);

        assertTrue(change.droppedOut());
        assertTrue(change.changed());
        assertEquals("not found (dropped out, was 4)", RankChangeText.of(change));
    }

    @Test
    void previousIsTheDateJustBeforeTheLatestNotTheFirst() {
        Strategy s = CompetitorFixtures.F.createStrategy();
        Keyword k = keyword(s, "keyword-1", "meal kits", 1);
        rank(s, k, null, "2026-07-01", 2);
        rank(s, k, null, "2026-05-01", 9);
        rank(s, k, null, "2026-06-01", 4);

        RankChange change = tracker.changes(s, 5).get(0);

        assertEquals("2026-06-01", change.previousDate());
        assertEquals(2, change.placesGained());
    }
}
