package org.cxworkbench.competitors.internal.gap;

import static org.cxworkbench.competitors.internal.testing.CompetitorFixtures.competitor;
import static org.cxworkbench.competitors.internal.testing.CompetitorFixtures.finding;
import static org.cxworkbench.competitors.internal.testing.CompetitorFixtures.swot;
import static org.cxworkbench.competitors.internal.testing.CompetitorFixtures.touchpoint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cxworkbench.competitors.internal.testing.CompetitorFixtures;
import org.cxworkbench.model.Channel;
import org.cxworkbench.model.Competitor;
import org.cxworkbench.model.FindingKind;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.SwotItem;
import org.cxworkbench.model.SwotQuadrant;
import org.cxworkbench.model.SwotSubject;
import org.cxworkbench.model.Touchpoint;
import org.junit.jupiter.api.Test;

class SwotMatcherTest {

    private final Strategy s = CompetitorFixtures.F.createStrategy();
    private final Competitor rival = competitor(s, "competitor-1", "Rival");

    @Test
    void sameTouchpointWinsOverWords() {
        Touchpoint chat = touchpoint(s, "touchpoint-1", "Web chat", Channel.WEB_CHAT);
        SwotItem theirs = swot(s, "swot-item-1", SwotSubject.COMPETITOR, rival, SwotQuadrant.WEAKNESS, "Nobody answers");
        SwotItem ours = swot(s, "swot-item-2", SwotSubject.OWN_CX, null, SwotQuadrant.STRENGTH, "Agents reply in a minute");
        theirs.getEvidenceTouchpoints().add(chat);
        ours.getEvidenceTouchpoints().add(chat);

        SwotMatch match = SwotMatcher.match(theirs, ours).orElseThrow();

        assertEquals(SwotMatch.Basis.TOUCHPOINT, match.basis());
        assertEquals("same touchpoint \"Web chat\"", match.explanation());
    }

    @Test
    void sameChannelThroughTouchpointsOrAChatbotFinding() {
        SwotItem theirs = swot(s, "swot-item-1", SwotSubject.COMPETITOR, rival, SwotQuadrant.WEAKNESS, "Clumsy bot");
        theirs.getEvidenceFindings().add(finding(s, "finding-1", rival, FindingKind.CHATBOT, "Bot loops"));
        SwotItem ours = swot(s, "swot-item-2", SwotSubject.OWN_CX, null, SwotQuadrant.STRENGTH, "Helpful assistant");
        ours.getEvidenceTouchpoints().add(touchpoint(s, "touchpoint-1", "Site assistant", Channel.CHATBOT));

        SwotMatch match = SwotMatcher.match(theirs, ours).orElseThrow();

        assertEquals(SwotMatch.Basis.CHANNEL, match.basis());
        assertEquals("CHATBOT", match.detail());
    }

    @Test
    void sharedSignificantWordsWhenNoEvidenceIsShared() {
        SwotItem theirs = swot(s, "swot-item-1", SwotSubject.COMPETITOR, rival, SwotQuadrant.WEAKNESS, "Delivery slots fill up days ahead");
        SwotItem ours = swot(s, "swot-item-2", SwotSubject.OWN_CX, null, SwotQuadrant.STRENGTH, "Same-day delivery slots every evening");

        SwotMatch match = SwotMatcher.match(theirs, ours).orElseThrow();

        assertEquals(SwotMatch.Basis.WORDS, match.basis());
        assertEquals("delivery, slots, days", match.detail());
    }

    @Test
    void judgementAndGenericWordsAloneDoNotMatch() {
        SwotItem theirs = swot(s, "swot-item-1", SwotSubject.COMPETITOR, rival, SwotQuadrant.WEAKNESS, "Poor customer service");
        SwotItem ours = swot(s, "swot-item-2", SwotSubject.OWN_CX, null, SwotQuadrant.STRENGTH, "Great service for every customer");

        assertTrue(SwotMatcher.match(theirs, ours).isEmpty());
    }
}
