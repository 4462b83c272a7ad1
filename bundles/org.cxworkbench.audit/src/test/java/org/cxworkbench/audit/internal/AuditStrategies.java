package org.cxworkbench.audit.internal;

import org.cxworkbench.model.Channel;
import org.cxworkbench.model.CxStrategyFactory;
import org.cxworkbench.model.NoteKind;
import org.cxworkbench.model.Owner;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.SwotItem;
import org.cxworkbench.model.SwotQuadrant;
import org.cxworkbench.model.SwotSubject;
import org.cxworkbench.model.Touchpoint;
import org.cxworkbench.model.TouchpointNote;
import org.cxworkbench.model.TouchpointRating;

/**
 * A grocery brand's audit, after the source articles: busy parents reorder groceries on the mobile app early in the
 * week (a recipe pop-up before checkout is the opportunity), while customers wait long to reach an agent by phone.
 */
final class AuditStrategies {

    static final CxStrategyFactory F = CxStrategyFactory.eINSTANCE;

    private AuditStrategies() {
    }

    /** Touchpoints rated and noted, every touchpoint owned, no SWOT yet. */
    static Strategy audited() {
        Strategy s = F.createStrategy();
        s.setId("strategy-1");
        s.setName("Acme groceries CX strategy 2026");
        s.setCurrentPeriod("2026-Q3");
        Owner ecommerce = owner(s, "owner-1", "E-commerce team");
        Owner care = owner(s, "owner-2", "Customer care");
        Owner stores = owner(s, "owner-3", "Store operations");

        Touchpoint app = touchpoint(s, "touchpoint-1", "Mobile app", Channel.MOBILE_APP, "Order", ecommerce);
        rating(app, "rating-1", "2026-Q2", 4.0);
        rating(app, "rating-2", "2026-Q3", 4.0);
        rating(app, "rating-3", "2026-Q3", 5.0);
        note(app, "note-1", NoteKind.WORKS_WELL, "Groceries reordered in two taps early in the week", -1);
        note(app, "note-2", NoteKind.OPPORTUNITY, "Kid-friendly recipe pop-up before checkout", -1);

        Touchpoint phone = touchpoint(s, "touchpoint-2", "Phone support", Channel.PHONE, "Support", care);
        rating(phone, "rating-4", "2026-Q2", 3.0);
        rating(phone, "rating-5", "2026-Q3", 2.0);
        note(phone, "note-3", NoteKind.PAIN_POINT, "Long wait to reach an agent", 12);
        note(phone, "note-4", NoteKind.THREAT, "Competitors answer in chat within minutes", -1);

        Touchpoint store = touchpoint(s, "touchpoint-3", "Store pick-up", Channel.STORE, "Pick-up", stores);
        rating(store, "rating-6", "2026-Q3", 3.5);
        note(store, "note-5", NoteKind.PAIN_POINT, "Order not ready at the promised time", -1);
        note(store, "note-6", NoteKind.PAIN_POINT, "No parking for pick-up", -1);
        note(store, "note-7", NoteKind.PAIN_POINT, "Substitutions not announced", -1);

        Touchpoint web = touchpoint(s, "touchpoint-4", "Website", Channel.WEBSITE, "Discover", ecommerce);
        rating(web, "rating-7", "2026-Q3", 3.0);
        note(web, "note-8", NoteKind.PAIN_POINT, "Delivery slots hard to find", 2);
        return s;
    }

    /** The audited strategy with a SWOT in all four quadrants: a complete step 2. */
    static Strategy complete() {
        Strategy s = audited();
        swot(s, "swot-item-1", SwotQuadrant.STRENGTH, "Reordering on the app is quick", s.getTouchpoints().get(0));
        swot(s, "swot-item-2", SwotQuadrant.WEAKNESS, "Long waits on the phone", s.getTouchpoints().get(1));
        swot(s, "swot-item-3", SwotQuadrant.OPPORTUNITY, "Recipes for busy parents", s.getTouchpoints().get(0));
        swot(s, "swot-item-4", SwotQuadrant.THREAT, "Faster chat support elsewhere", s.getTouchpoints().get(1));
        return s;
    }

    static Owner owner(Strategy s, String id, String name) {
        Owner o = F.createOwner();
        o.setId(id);
        o.setName(name);
        s.getOwners().add(o);
        return o;
    }

    static Touchpoint touchpoint(Strategy s, String id, String name, Channel channel, String stage, Owner owner) {
        Touchpoint t = F.createTouchpoint();
        t.setId(id);
        t.setName(name);
        t.setChannel(channel);
        t.setStage(stage);
        t.setOwner(owner);
        s.getTouchpoints().add(t);
        return t;
    }

    static TouchpointRating rating(Touchpoint t, String id, String period, double score) {
        TouchpointRating r = F.createTouchpointRating();
        r.setId(id);
        r.setPeriod(period);
        r.setScore(score);
        t.getRatings().add(r);
        return r;
    }

    static TouchpointNote note(Touchpoint t, String id, NoteKind kind, String text, int frequency) {
        TouchpointNote n = F.createTouchpointNote();
        n.setId(id);
        n.setKind(kind);
        n.setText(text);
        if (frequency > 0) {
            n.setFrequency(frequency);
        }
        t.getNotes().add(n);
        return n;
    }

    static SwotItem swot(Strategy s, String id, SwotQuadrant quadrant, String text, Touchpoint evidence) {
        SwotItem item = F.createSwotItem();
        item.setId(id);
        item.setQuadrant(quadrant);
        item.setSubjectKind(SwotSubject.OWN_CX);
        item.setText(text);
        item.getEvidenceTouchpoints().add(evidence);
        s.getSwotItems().add(item);
        return item;
    }

    static Touchpoint touchpoint(Strategy s, String id) {
        return s.getTouchpoints().stream().filter(t -> t.getId().equals(id)).findFirst().orElseThrow();
    }
}
