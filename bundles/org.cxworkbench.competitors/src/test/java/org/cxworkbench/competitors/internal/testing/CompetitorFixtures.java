package org.cxworkbench.competitors.internal.testing;

import org.cxworkbench.model.Channel;
import org.cxworkbench.model.Competitor;
import org.cxworkbench.model.CompetitorFinding;
import org.cxworkbench.model.CxStrategyFactory;
import org.cxworkbench.model.FindingKind;
import org.cxworkbench.model.Keyword;
import org.cxworkbench.model.RankObservation;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.SwotItem;
import org.cxworkbench.model.SwotQuadrant;
import org.cxworkbench.model.SwotSubject;
import org.cxworkbench.model.Touchpoint;

/**
 * The source article's example as a strategy: an online grocer whose competitors' customers all complain
 * about long waits to reach a service rep. Built with the factory; ids are set so tests can name elements.
 */
public final class CompetitorFixtures {

    public static final CxStrategyFactory F = CxStrategyFactory.eINSTANCE;

    private CompetitorFixtures() {
    }

    /** A complete steps 3-4 strategy: 2 competitors, 5 keywords observed on two dates, research, both SWOTs. */
    public static Strategy grocer() {
        Strategy s = F.createStrategy();
        s.setId("strategy-1");
        s.setName("FreshBasket");
        Touchpoint app = touchpoint(s, "touchpoint-1", "Mobile app", Channel.MOBILE_APP);
        touchpoint(s, "touchpoint-2", "Phone support line", Channel.PHONE);

        Competitor quickCart = competitor(s, "competitor-1", "QuickCart");
        Competitor greenGrocer = competitor(s, "competitor-2", "GreenGrocer");

        Keyword delivery = keyword(s, "keyword-1", "online grocery delivery", 1);
        keyword(s, "keyword-2", "grocery app", 2);
        keyword(s, "keyword-3", "weeknight meal ideas", 3);
        keyword(s, "keyword-4", "same day groceries", 4);
        keyword(s, "keyword-5", "kid friendly recipes", 5);
        rank(s, delivery, null, "2026-06-01", 5);
        rank(s, delivery, null, "2026-07-01", 3);
        rank(s, delivery, quickCart, "2026-06-01", 1);
        rank(s, delivery, quickCart, "2026-07-01", 2);
        rank(s, delivery, greenGrocer, "2026-06-01", null);
        rank(s, delivery, greenGrocer, "2026-07-01", 4);
        for (Keyword other : s.getKeywords().subList(1, 5)) {
            rank(s, other, null, "2026-07-01", other.getRelevanceRank() + 1);
        }

        CompetitorFinding onHold = finding(s, "finding-1", quickCart, FindingKind.NEGATIVE_REVIEW,
                "Waited 40 minutes on hold to reach a service rep");
        finding(s, "finding-2", quickCart, FindingKind.POSITIVE_REVIEW, "Huge choice of organic products");
        CompetitorFinding mysteryShop = finding(s, "finding-3", greenGrocer, FindingKind.MYSTERY_SHOP,
                "Answered by email two days later with a template");
        mysteryShop.setRequest("Can I change the delivery slot of tomorrow's order?");
        mysteryShop.setResponseHours(48);
        mysteryShop.setQuality(2);
        finding(s, "finding-4", greenGrocer, FindingKind.NEGATIVE_REVIEW, "Long waits for a service rep, nobody picks up");

        swot(s, "swot-item-1", SwotSubject.OWN_CX, null, SwotQuadrant.STRENGTH, "Same-day delivery slots every evening")
                .getEvidenceTouchpoints().add(app);
        swot(s, "swot-item-2", SwotSubject.OWN_CX, null, SwotQuadrant.WEAKNESS, "Small organic range");
        swot(s, "swot-item-3", SwotSubject.COMPETITOR, quickCart, SwotQuadrant.WEAKNESS,
                "Customers wait long for a service rep").getEvidenceFindings().add(onHold);
        swot(s, "swot-item-4", SwotSubject.COMPETITOR, quickCart, SwotQuadrant.STRENGTH, "Large organic range");
        swot(s, "swot-item-5", SwotSubject.COMPETITOR, greenGrocer, SwotQuadrant.WEAKNESS, "Delivery slots fill up days ahead");
        return s;
    }

    public static Touchpoint touchpoint(Strategy s, String id, String name, Channel channel) {
        Touchpoint t = F.createTouchpoint();
        t.setId(id);
        t.setName(name);
        t.setChannel(channel);
        s.getTouchpoints().add(t);
        return t;
    }

    public static Competitor competitor(Strategy s, String id, String name) {
        Competitor c = F.createCompetitor();
        c.setId(id);
        c.setName(name);
        c.setDirect(true);
        s.getCompetitors().add(c);
        return c;
    }

    public static Keyword keyword(Strategy s, String id, String term, int relevance) {
        Keyword k = F.createKeyword();
        k.setId(id);
        k.setTerm(term);
        k.setRelevanceRank(relevance);
        s.getKeywords().add(k);
        return k;
    }

    public static RankObservation rank(Strategy s, Keyword keyword, Competitor competitor, String date, Integer position) {
        RankObservation r = F.createRankObservation();
        r.setKeyword(keyword);
        r.setCompetitor(competitor);
        r.setDate(date);
        if (position != null) {
            r.setPosition(position);
        }
        s.getRankObservations().add(r);
        return r;
    }

    public static CompetitorFinding finding(Strategy s, String id, Competitor competitor, FindingKind kind, String text) {
        CompetitorFinding f = F.createCompetitorFinding();
        f.setId(id);
        f.setCompetitor(competitor);
        f.setKind(kind);
        f.setText(text);
        s.getFindings().add(f);
        return f;
    }

    public static SwotItem swot(Strategy s, String id, SwotSubject subject, Competitor competitor, SwotQuadrant quadrant,
            String text) {
        SwotItem item = F.createSwotItem();
        item.setId(id);
        item.setSubjectKind(subject);
        item.setCompetitor(competitor);
        item.setQuadrant(quadrant);
        item.setText(text);
        s.getSwotItems().add(item);
        return item;
    }
}
