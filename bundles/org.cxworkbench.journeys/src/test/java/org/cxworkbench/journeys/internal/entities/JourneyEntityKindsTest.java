package org.cxworkbench.journeys.internal.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.cxworkbench.journeys.internal.testing.JourneyFixtures;
import org.cxworkbench.model.CxStrategyPackage.Literals;
import org.cxworkbench.model.JourneyStage;
import org.cxworkbench.model.PainPoint;
import org.cxworkbench.model.Persona;
import org.junit.jupiter.api.Test;

class JourneyEntityKindsTest {

    @Test
    void stagesPainPointsAndDelightsNeedTheirParentOption() {
        assertNull(new JourneyStageKind().defaultContainer());
        assertEquals(Map.of("--journey", Literals.JOURNEY__STAGES), new JourneyStageKind().parentOptions());
        assertEquals(Map.of("--stage", Literals.JOURNEY_STAGE__PAIN_POINTS), new PainPointKind().parentOptions());
        assertEquals(Map.of("--stage", Literals.JOURNEY_STAGE__DELIGHTS), new MomentOfDelightKind().parentOptions());
        assertEquals(Literals.STRATEGY__PERSONAS, new PersonaKind().defaultContainer());
        assertEquals(Literals.STRATEGY__JOURNEYS, new JourneyKind().defaultContainer());
        assertEquals("pain", new PainPointKind().noun());
        assertEquals("delight", new MomentOfDelightKind().noun());
    }

    @Test
    void emotionScoreOutsideTheScaleIsRefused() {
        JourneyStage stage = JourneyFixtures.F.createJourneyStage();
        stage.setId("journey-stage-7");
        stage.setName("Checkout");
        stage.setEmotionScore(-2.5);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new JourneyStageKind().afterChange(stage));

        assertEquals("stage journey-stage-7 'Checkout': emotion score -2.5 is outside -2 (very negative) .. +2 (very positive)",
                e.getMessage());
        stage.setEmotionScore(-2);
        new JourneyStageKind().afterChange(stage);
    }

    @Test
    void textsAndNamesAreRequiredAndSeverityIsOneToFive() {
        Persona persona = JourneyFixtures.F.createPersona();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new PersonaKind().afterChange(persona))
                .getMessage().startsWith("the new persona needs a name"));
        PainPoint pain = JourneyFixtures.F.createPainPoint();
        assertThrows(IllegalArgumentException.class, () -> new PainPointKind().afterChange(pain));
        pain.setText("Long delivery window");
        pain.setSeverity(7);
        assertThrows(IllegalArgumentException.class, () -> new PainPointKind().afterChange(pain));
        pain.setSeverity(4);
        new PainPointKind().afterChange(pain);
        assertThrows(IllegalArgumentException.class,
                () -> new MomentOfDelightKind().afterChange(JourneyFixtures.F.createMomentOfDelight()));
    }
}
