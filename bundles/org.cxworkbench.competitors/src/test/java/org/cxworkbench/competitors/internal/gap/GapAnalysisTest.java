package org.cxworkbench.competitors.internal.gap;

import static org.cxworkbench.competitors.internal.testing.CompetitorFixtures.swot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cxworkbench.competitors.internal.testing.CompetitorFixtures;
import org.cxworkbench.model.FindingKind;
import org.cxworkbench.model.Opportunity;
import org.cxworkbench.model.OpportunitySource;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.SwotItem;
import org.cxworkbench.model.SwotQuadrant;
import org.cxworkbench.model.SwotSubject;
import org.junit.jupiter.api.Test;

class GapAnalysisTest {

    @Test
    void sourceArticleExampleLongWaitsBecomeTheChatbotCallBackOpportunity() {
        Strategy s = CompetitorFixtures.grocer();

        List<GapProposal> complaints = GapAnalysis.propose(s).stream()
                .filter(p -> p.kind() == GapProposal.Kind.COMPLAINT).toList();

        assertEquals(1, complaints.size());
        GapProposal chatbot = complaints.get(0);
        assertEquals("Chatbot that takes details and has an agent call back", chatbot.name());
        assertTrue(chatbot.description().startsWith("Customers of both competitors (QuickCart and GreenGrocer) wait too long "
                + "to reach a service rep"), chatbot.description());
        assertTrue(chatbot.description().contains("GreenGrocer answered a mystery-shop request after 48 h"), chatbot.description());
        assertTrue(chatbot.description().contains("QuickCart: \"Waited 40 minutes on hold to reach a service rep\""));
        assertTrue(chatbot.description().contains("has an agent call them back"));
        assertEquals("swot-item-3", chatbot.theirWeakness().getId(), "the weakness citing the on-hold review");
        assertNull(chatbot.ourWeakness());
    }

    @Test
    void competitorWeaknessMeetsOurStrengthAndTheirStrengthMeetsOurWeakness() {
        Strategy s = CompetitorFixtures.grocer();

        List<GapProposal> proposals = GapAnalysis.propose(s);

        assertEquals(List.of(GapProposal.Kind.ADVANTAGE, GapProposal.Kind.GAP, GapProposal.Kind.COMPLAINT),
                proposals.stream().map(GapProposal::kind).toList());
        GapProposal advantage = proposals.get(0);
        assertEquals("swot-item-5", advantage.theirWeakness().getId());
        assertEquals("swot-item-1", advantage.ourStrength().getId());
        assertEquals("Press our advantage over GreenGrocer: Same-day delivery slots every evening", advantage.name());
        assertEquals("shared words: delivery, slots, days", advantage.basis());
        GapProposal gap = proposals.get(1);
        assertEquals("swot-item-4", gap.theirStrength().getId());
        assertEquals("swot-item-2", gap.ourWeakness().getId());
        assertEquals("Close the gap to QuickCart: Small organic range", gap.name());
        assertTrue(gap.description().contains("Fix it before customers take their business to QuickCart"));
    }

    @Test
    void acceptAddsOpportunitiesOnceAndReAcceptAddsNoDuplicates() {
        Strategy s = CompetitorFixtures.grocer();

        List<Opportunity> first = GapAnalysis.accept(s, GapAnalysis.propose(s));
        List<Opportunity> second = GapAnalysis.accept(s, GapAnalysis.propose(s));

        assertEquals(3, first.size());
        assertEquals(0, second.size());
        assertEquals(3, s.getOpportunities().size());
        Opportunity advantage = s.getOpportunities().get(0);
        assertEquals(OpportunitySource.COMPETITOR_GAP, advantage.getSource());
        assertEquals(GapAnalysis.ACCEPTED_STATUS, advantage.getStatus());
        assertEquals("swot-item-5", advantage.getTheirWeakness().getId());
        assertEquals("swot-item-1", advantage.getOurStrength().getId());
    }

    @Test
    void aLaterSwotItemOnTheSameTopicDoesNotDuplicateTheComplaintOpportunity() {
        Strategy s = CompetitorFixtures.grocer();
        GapAnalysis.accept(s, GapAnalysis.propose(s));
        SwotItem ourWait = swot(s, "swot-item-6", SwotSubject.OWN_CX, null, SwotQuadrant.WEAKNESS, "Phone queue at peak times");

        GapProposal chatbot = GapAnalysis.propose(s).stream().filter(p -> p.kind() == GapProposal.Kind.COMPLAINT)
                .findFirst().orElseThrow();

        assertSame(ourWait, chatbot.ourWeakness(), "queue is a waiting word: we share the weakness");
        assertTrue(chatbot.description().endsWith("We have the same weakness (\"Phone queue at peak times\"): fix it first."));
        assertTrue(GapAnalysis.recorded(s, chatbot).isPresent());
        assertEquals(0, GapAnalysis.accept(s, GapAnalysis.propose(s)).size());
    }

    @Test
    void negativeReviewsSharedByTwoCompetitorsFormATopic() {
        Strategy s = CompetitorFixtures.F.createStrategy();
        var a = CompetitorFixtures.competitor(s, "competitor-1", "Alpha");
        var b = CompetitorFixtures.competitor(s, "competitor-2", "Beta");
        CompetitorFixtures.competitor(s, "competitor-3", "Gamma");
        CompetitorFixtures.finding(s, "finding-1", a, FindingKind.NEGATIVE_REVIEW, "Bruised fruit in every order");
        CompetitorFixtures.finding(s, "finding-2", b, FindingKind.NEGATIVE_REVIEW, "The fruit arrived bruised");
        CompetitorFixtures.finding(s, "finding-3", b, FindingKind.NEGATIVE_REVIEW, "Packaging is excessive");

        List<GapProposal> proposals = GapAnalysis.propose(s);

        assertEquals(1, proposals.size(), "packaging is only one competitor's problem");
        GapProposal topic = proposals.get(0);
        assertEquals("Do better than competitors on bruised, fruit", topic.name());
        assertTrue(topic.description().startsWith("Customers of Alpha and Beta complain about bruised, fruit"), topic.description());
    }

    @Test
    void nothingToProposeWithoutSwotOrComplaints() {
        Strategy s = CompetitorFixtures.F.createStrategy();
        CompetitorFixtures.competitor(s, "competitor-1", "Alpha");

        assertTrue(GapAnalysis.propose(s).isEmpty());
    }
}
