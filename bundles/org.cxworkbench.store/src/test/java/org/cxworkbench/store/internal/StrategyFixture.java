package org.cxworkbench.store.internal;

import org.cxworkbench.model.Channel;
import org.cxworkbench.model.CxStrategyFactory;
import org.cxworkbench.model.Goal;
import org.cxworkbench.model.Journey;
import org.cxworkbench.model.JourneyStage;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.KpiKind;
import org.cxworkbench.model.Measurement;
import org.cxworkbench.model.Persona;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.Tactic;
import org.cxworkbench.model.TargetKind;
import org.cxworkbench.model.Touchpoint;
import org.cxworkbench.model.ValueCount;

/** A strategy touching every step, built in code, for store tests. */
final class StrategyFixture {

    private static final CxStrategyFactory F = CxStrategyFactory.eINSTANCE;

    private StrategyFixture() {
    }

    static Strategy acmeLike(int extraTouchpoints) {
        Strategy s = F.createStrategy();
        s.setName("Acme Fresh CX strategy");
        s.setCurrentPeriod("2026-Q3");
        s.getObjectives().add("Be the easiest grocer to reach, in every language: ûnderfining, è, ñ");
        KpiDefinition nps = F.createKpiDefinition();
        nps.setCode("NPS");
        nps.setName("Net Promoter Score");
        nps.setKind(KpiKind.NPS);
        nps.setScaleMin(0);
        nps.setScaleMax(10);
        nps.setPromoterMin(9);
        nps.setDetractorMax(6);
        nps.setHigherIsBetter(true);
        s.getKpiDefinitions().add(nps);
        Goal goal = F.createGoal();
        goal.setName("Raise our NPS by one full point this quarter");
        goal.setKpi(nps);
        goal.setBaseline(31.0);
        goal.setTargetKind(TargetKind.ABSOLUTE_CHANGE);
        goal.setTargetChange(1.0);
        goal.setPeriod("2026-Q3");
        Goal child = F.createGoal();
        child.setName("Cut the time to resolve an issue by 20 % this quarter");
        child.setTargetKind(TargetKind.RELATIVE_CHANGE);
        child.setTargetChange(-20.0);
        goal.getChildren().add(child);
        s.getGoals().add(goal);
        Persona parents = F.createPersona();
        parents.setName("Busy parents");
        parents.getBehaviours().add("Order groceries on mobile early in the week");
        parents.getNeeds().add("Quick weeknight dinners");
        s.getPersonas().add(parents);
        Touchpoint app = F.createTouchpoint();
        app.setName("Mobile app");
        app.setChannel(Channel.MOBILE_APP);
        s.getTouchpoints().add(app);
        for (int i = 0; i < extraTouchpoints; i++) {
            Touchpoint t = F.createTouchpoint();
            t.setName("Touchpoint " + i + " \"quoted\" <tag> & more");
            t.setChannel(Channel.values()[i % Channel.values().length]);
            s.getTouchpoints().add(t);
        }
        Journey journey = F.createJourney();
        journey.setName("Weekly grocery order");
        journey.setPersona(parents);
        JourneyStage purchase = F.createJourneyStage();
        purchase.setName("Purchase");
        purchase.getTouchpoints().add(app);
        purchase.setEmotionScore(1.0);
        journey.getStages().add(purchase);
        s.getJourneys().add(journey);
        Tactic chatbot = F.createTactic();
        chatbot.setName("Launch a customer-service chatbot");
        chatbot.getGoals().add(child);
        s.getTactics().add(chatbot);
        Measurement m = F.createMeasurement();
        m.setKpi(nps);
        m.setPeriod("2026-Q3");
        m.setSegmentKey("");
        m.setCount(3);
        m.setSum(25);
        for (int score = 8; score <= 9; score++) {
            ValueCount bin = F.createValueCount();
            bin.setValue(score);
            bin.setCount(score == 8 ? 1 : 2);
            m.getBins().add(bin);
        }
        s.getMeasurements().add(m);
        return s;
    }
}
