package org.cxworkbench.audit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.SwotQuadrant;
import org.cxworkbench.model.Touchpoint;
import org.junit.jupiter.api.Test;

class SwotSuggesterTest {

    private static List<SwotSuggestion> suggest(Strategy s, int painFrequency) {
        return new SwotSuggester(painFrequency).suggest(AuditInventory.of(s, null));
    }

    private static List<String> texts(List<SwotSuggestion> suggestions, SwotQuadrant quadrant) {
        return suggestions.stream().filter(x -> x.quadrant() == quadrant).map(SwotSuggestion::text).toList();
    }

    @Test
    void theAuditGivesAllFourQuadrantsWithEvidence() {
        Strategy s = AuditStrategies.audited();
        List<SwotSuggestion> suggestions = suggest(s, SwotSuggester.DEFAULT_PAIN_FREQUENCY);
        assertEquals(List.of("Mobile app: rated 4.5 of 5 in 2026-Q3; works well: Groceries reordered in two taps early "
                + "in the week"), texts(suggestions, SwotQuadrant.STRENGTH));
        assertEquals(List.of("Store pick-up: pain points: Order not ready at the promised time, No parking for pick-up, "
                + "Substitutions not announced",
                "Phone support: rated 2.0 of 5 in 2026-Q3; pain points: Long wait to reach an agent (seen 12 times)"),
                texts(suggestions, SwotQuadrant.WEAKNESS));
        assertEquals(List.of("Mobile app: Kid-friendly recipe pop-up before checkout"),
                texts(suggestions, SwotQuadrant.OPPORTUNITY));
        assertEquals(List.of("Phone support: Competitors answer in chat within minutes"),
                texts(suggestions, SwotQuadrant.THREAT));
        for (SwotSuggestion suggestion : suggestions) {
            assertEquals(1, suggestion.evidence().size());
            Touchpoint evidence = suggestion.evidence().get(0);
            assertTrue(suggestion.text().startsWith(evidence.getName() + ": "), suggestion.text());
        }
        SwotSuggestion phone = suggestions.stream().filter(x -> x.text().startsWith("Phone support: rated"))
                .findFirst().orElseThrow();
        assertEquals("latest rating 2.0 <= 2.5, pain point seen at least 5 times", phone.why());
    }

    @Test
    void ratingThresholdsAreInclusive() {
        Strategy s = AuditStrategies.audited();
        Touchpoint web = AuditStrategies.touchpoint(s, "touchpoint-4");
        web.getNotes().clear();
        AuditStrategies.rating(web, "rating-20", "2026-Q4", 4.0);
        assertTrue(texts(suggest(s, 5), SwotQuadrant.STRENGTH).contains("Website: rated 4.0 of 5 in 2026-Q4"));
        AuditStrategies.rating(web, "rating-21", "2026-12", 3.9);
        assertTrue(texts(suggest(s, 5), SwotQuadrant.STRENGTH).stream().noneMatch(t -> t.startsWith("Website")));
        AuditStrategies.rating(web, "rating-22", "2027-Q1", 2.5);
        assertTrue(texts(suggest(s, 5), SwotQuadrant.WEAKNESS).contains("Website: rated 2.5 of 5 in 2027-Q1"));
        AuditStrategies.rating(web, "rating-23", "2027-Q2", 2.6);
        assertTrue(texts(suggest(s, 5), SwotQuadrant.WEAKNESS).stream().noneMatch(t -> t.startsWith("Website")));
    }

    @Test
    void thePainFrequencyThresholdDecides() {
        Strategy s = AuditStrategies.audited();
        assertTrue(texts(suggest(s, 5), SwotQuadrant.WEAKNESS).stream().noneMatch(t -> t.startsWith("Website")));
        assertTrue(texts(suggest(s, 2), SwotQuadrant.WEAKNESS)
                .contains("Website: pain points: Delivery slots hard to find (seen 2 times)"));
        assertTrue(texts(suggest(s, 13), SwotQuadrant.WEAKNESS)
                .contains("Phone support: rated 2.0 of 5 in 2026-Q3"), "the rating alone still makes it a weakness");
    }

    @Test
    void existingItemsAreNotSuggestedAgain() {
        Strategy s = AuditStrategies.audited();
        List<SwotSuggestion> all = suggest(s, 5);
        assertEquals(5, SwotSuggester.newOnly(s, all).size());
        s.getSwotItems().add(all.get(0).toItem());
        s.getSwotItems().add(all.get(3).toItem());
        List<SwotSuggestion> fresh = SwotSuggester.newOnly(s, suggest(s, 5));
        assertEquals(3, fresh.size());
        // a new rating changes the strength's text; the suggested item from the same evidence still covers it
        AuditStrategies.rating(AuditStrategies.touchpoint(s, "touchpoint-1"), "rating-30", "2026-Q4", 4.8);
        assertEquals(3, SwotSuggester.newOnly(s, suggest(s, 5)).size());
    }

    @Test
    void theTeamsOwnItemsCoverTheSuggestionsTheyCite() {
        Strategy s = AuditStrategies.audited();
        AuditStrategies.swot(s, "swot-item-1", SwotQuadrant.WEAKNESS, "Reaching a person by phone is slow",
                AuditStrategies.touchpoint(s, "touchpoint-2"));
        AuditStrategies.swot(s, "swot-item-2", SwotQuadrant.OPPORTUNITY, "Mobile app: kid-friendly recipe pop-up "
                + "before checkout, with the week's offers", AuditStrategies.touchpoint(s, "touchpoint-1"));
        AuditStrategies.swot(s, "swot-item-3", SwotQuadrant.THREAT, "Chat competitors",
                AuditStrategies.touchpoint(s, "touchpoint-2"));
        List<SwotSuggestion> fresh = SwotSuggester.newOnly(s, suggest(s, 5));
        assertEquals(List.of("Mobile app: rated 4.5 of 5 in 2026-Q3; works well: Groceries reordered in two taps "
                + "early in the week", "Store pick-up: pain points: Order not ready at the promised time, No parking "
                + "for pick-up, Substitutions not announced", "Phone support: Competitors answer in chat within minutes"),
                fresh.stream().map(SwotSuggestion::text).toList(),
                "the phone weakness and the recipe opportunity are covered; the threat's text is not");
    }
}
