package org.cxworkbench.journeys.internal.testing;

import org.cxworkbench.model.Channel;
import org.cxworkbench.model.CxStrategyFactory;
import org.cxworkbench.model.Journey;
import org.cxworkbench.model.JourneyStage;
import org.cxworkbench.model.MomentOfDelight;
import org.cxworkbench.model.PainPoint;
import org.cxworkbench.model.Persona;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.Tactic;
import org.cxworkbench.model.Touchpoint;

/**
 * The source article's step-5 example: busy, time-starved parents who order groceries on mobile early in the
 * week, and a kid-friendly recipe pop-up before checkout as the moment of delight.
 */
public final class JourneyFixtures {

    public static final CxStrategyFactory F = CxStrategyFactory.eINSTANCE;

    private JourneyFixtures() {
    }

    /** A complete step 5: one persona with one journey of three rated stages; every pain point has a tactic. */
    public static Strategy busyParents() {
        Strategy s = F.createStrategy();
        s.setId("strategy-1");
        s.setName("FreshBasket");
        Touchpoint app = touchpoint(s, "touchpoint-1", "Mobile app", Channel.MOBILE_APP);
        Touchpoint checkout = touchpoint(s, "touchpoint-2", "Checkout", Channel.ECOMMERCE);
        Touchpoint email = touchpoint(s, "touchpoint-3", "Order confirmation email", Channel.EMAIL);

        Persona parents = F.createPersona();
        parents.setId("persona-1");
        parents.setName("Busy, time-starved parents");
        parents.setDescription("Parents who don't want to spend too much time on weeknight meals");
        parents.getNeeds().add("Dinner on the table in 30 minutes");
        parents.getFears().add("Wasting food the kids won't eat");
        parents.getDesires().add("Healthy meals the whole family likes");
        parents.getPersonaGoals().add("Spend less time on weeknight meals");
        parents.getBehaviours().add("Orders groceries on mobile early in the week");
        parents.getPreferredChannels().add(Channel.MOBILE_APP);
        s.getPersonas().add(parents);

        Journey journey = F.createJourney();
        journey.setId("journey-1");
        journey.setName("Weekly grocery order");
        journey.setPersona(parents);
        s.getJourneys().add(journey);
        JourneyStage awareness = stage(journey, "journey-stage-1", "Awareness", 0, app);
        awareness.getActions().add("Opens the app on Monday morning");
        JourneyStage purchase = stage(journey, "journey-stage-2", "Purchase", 1, checkout);
        purchase.getActions().add("Fills the basket on mobile");
        purchase.getActions().add("Checks out");
        PainPoint address = pain(purchase, "pain-point-1", "Checkout asks for the delivery address every time");
        MomentOfDelight recipe = F.createMomentOfDelight();
        recipe.setId("moment-of-delight-1");
        recipe.setText("Kid-friendly recipe pop-up before checkout");
        recipe.setPersonalisation("items in the basket");
        recipe.setTouchpoint(checkout);
        purchase.getDelights().add(recipe);
        JourneyStage after = stage(journey, "journey-stage-3", "After purchase", -1, email);
        PainPoint window = pain(after, "pain-point-2", "Four-hour delivery window");

        Tactic oneTap = F.createTactic();
        oneTap.setId("tactic-1");
        oneTap.setName("Remember the delivery address");
        oneTap.getPainPoints().add(address);
        Tactic slots = F.createTactic();
        slots.setId("tactic-2");
        slots.setName("One-hour delivery slots");
        slots.getPainPoints().add(window);
        s.getTactics().add(oneTap);
        s.getTactics().add(slots);
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

    public static JourneyStage stage(Journey journey, String id, String name, double emotion, Touchpoint touchpoint) {
        JourneyStage stage = F.createJourneyStage();
        stage.setId(id);
        stage.setName(name);
        stage.setEmotionScore(emotion);
        stage.getTouchpoints().add(touchpoint);
        journey.getStages().add(stage);
        return stage;
    }

    public static PainPoint pain(JourneyStage stage, String id, String text) {
        PainPoint pain = F.createPainPoint();
        pain.setId(id);
        pain.setText(text);
        stage.getPainPoints().add(pain);
        return pain;
    }
}
