package org.cxworkbench.journeys.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cxworkbench.api.rules.Finding;
import org.cxworkbench.api.rules.Severity;
import org.cxworkbench.api.rules.StepRule;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.journeys.internal.testing.JourneyFixtures;
import org.cxworkbench.model.Journey;
import org.cxworkbench.model.JourneyStage;
import org.cxworkbench.model.Persona;
import org.cxworkbench.model.Strategy;
import org.junit.jupiter.api.Test;

class JourneyRulesTest {

    private static final List<StepRule> ALL = List.of(new PersonaPresentRule(), new PersonaProfileRule(),
            new PersonaJourneyRule(), new JourneyPresentRule(), new JourneyStructureRule(), new StageTouchpointRule(),
            new StageEmotionRule(), new PainPointTacticRule());

    @Test
    void theBusyParentsExamplePassesEveryRule() {
        Strategy s = JourneyFixtures.busyParents();
        for (StepRule rule : ALL) {
            assertEquals(List.of(), rule.check(s), rule.getClass().getSimpleName());
        }
    }

    @Test
    void anEmptyStrategyHasNoPersonaAndNoJourney() {
        Strategy s = JourneyFixtures.F.createStrategy();

        Finding persona = single(new PersonaPresentRule().check(s));
        Finding journey = single(new JourneyPresentRule().check(s));

        assertEquals(Severity.ERROR, persona.severity());
        assertEquals(WorkflowStep.PERSONAS_AND_JOURNEYS, persona.step());
        assertEquals(Severity.ERROR, journey.severity());
        assertTrue(journey.action().contains("cxw journey-template FILE JOURNEY_ID --template purchase"));
    }

    @Test
    void aThinPersonaWithoutJourneyWarnsTwice() {
        Strategy s = JourneyFixtures.busyParents();
        Persona thin = JourneyFixtures.F.createPersona();
        thin.setId("persona-2");
        thin.setName("Students");
        thin.getNeeds().add("Cheap meals");
        s.getPersonas().add(thin);

        Finding profile = single(new PersonaProfileRule().check(s));
        assertEquals(Severity.WARNING, profile.severity());
        assertEquals("persona 'Students' has no goals, no behaviours", profile.message());
        assertEquals("cxw persona update FILE persona-2 --persona-goals TEXT --behaviours TEXT", profile.action());

        Finding noJourney = single(new PersonaJourneyRule().check(s));
        assertEquals(Severity.WARNING, noJourney.severity());
        assertEquals("cxw journey add FILE --name NAME --persona persona-2", noJourney.action());
    }

    @Test
    void aJourneyWithoutPersonaOrStagesIsAnError() {
        Strategy s = JourneyFixtures.busyParents();
        Journey bare = JourneyFixtures.F.createJourney();
        bare.setId("journey-2");
        bare.setName("Returns");
        s.getJourneys().add(bare);

        List<Finding> findings = new JourneyStructureRule().check(s);

        assertEquals(2, findings.size());
        assertTrue(findings.stream().allMatch(f -> f.severity() == Severity.ERROR && "journey-2".equals(f.elementId())));
        assertEquals("journey 'Returns' has no persona: whose journey it is is unknown", findings.get(0).message());
        assertEquals("cxw journey-template FILE journey-2 --template purchase|five-e", findings.get(1).action());
    }

    @Test
    void aStageWithoutTouchpointsIsAnErrorNamingJourneyAndStage() {
        Strategy s = JourneyFixtures.busyParents();
        s.getJourneys().get(0).getStages().get(2).getTouchpoints().clear();

        Finding finding = single(new StageTouchpointRule().check(s));

        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("stage 'After purchase' of journey 'Weekly grocery order' has no touchpoint", finding.message());
        assertEquals("journey-stage-3", finding.elementId());
    }

    @Test
    void emotionMissingWarnsAndOutsideTheScaleIsAnError() {
        Strategy s = JourneyFixtures.busyParents();
        List<JourneyStage> stages = s.getJourneys().get(0).getStages();
        stages.get(0).unsetEmotionScore();
        stages.get(1).setEmotionScore(3);

        List<Finding> findings = new StageEmotionRule().check(s);

        assertEquals(2, findings.size());
        assertEquals(Severity.WARNING, findings.get(0).severity());
        assertEquals("stage 'Awareness' of journey 'Weekly grocery order' has no emotion score", findings.get(0).message());
        assertEquals(Severity.ERROR, findings.get(1).severity());
        assertTrue(findings.get(1).message().contains("3.0, outside -2 (very negative) .. +2 (very positive)"));
    }

    @Test
    void aPainPointNoTacticAddressesWarnsWithAnActionToLinkOne() {
        Strategy s = JourneyFixtures.busyParents();
        s.getTactics().get(1).getPainPoints().clear();

        Finding finding = single(new PainPointTacticRule().check(s));

        assertEquals(Severity.WARNING, finding.severity());
        assertEquals("pain-point-2", finding.elementId());
        assertEquals("link a tactic to it: cxw tactic update FILE TACTIC_ID --pain-points pain-point-2", finding.action());
    }

    private static Finding single(List<Finding> findings) {
        assertEquals(1, findings.size(), findings.toString());
        return findings.get(0);
    }
}
