package org.cxworkbench.measure.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cxworkbench.model.CxStrategyFactory;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.KpiKind;
import org.cxworkbench.model.Strategy;
import org.junit.jupiter.api.Test;

class KpiDefinitionsTest {

    @Test
    void defaultsAreTheSevenVersionOneDefinitions() {
        List<KpiDefinition> defaults = KpiDefinitions.defaults();
        assertEquals(List.of("NPS", "CSAT", "CES", "CHURN", "RETENTION", "RESPONSE_TIME", "RESOLUTION_TIME"),
                defaults.stream().map(KpiDefinition::getCode).toList());
        defaults.forEach(d -> {
            assertEquals(1, d.getVersion());
            assertEquals(30, d.getMinimumSampleSize());
            assertFalse(d.getFormula().isBlank());
        });
    }

    @Test
    void npsBuckets() {
        KpiDefinition nps = KpiDefinitions.nps();
        assertEquals(KpiKind.NPS, nps.getKind());
        assertEquals(0, nps.getScaleMin());
        assertEquals(10, nps.getScaleMax());
        assertEquals(9, nps.getPromoterMin());
        assertEquals(6, nps.getDetractorMax());
        assertEquals("How likely is it that you would recommend us to a friend or colleague?", nps.getQuestion());
        assertEquals("points", nps.getUnit());
    }

    @Test
    void polarity() {
        assertTrue(KpiDefinitions.ces().isHigherIsBetter());
        assertFalse(KpiDefinitions.ces(7, false).isHigherIsBetter());
        assertFalse(KpiDefinitions.churn().isHigherIsBetter());
        assertTrue(KpiDefinitions.retention().isHigherIsBetter());
        assertFalse(KpiDefinitions.responseTime().isHigherIsBetter());
        assertEquals("hours", KpiDefinitions.resolutionTime().getUnit());
        assertTrue(KpiDefinitions.churn().getFormula().startsWith("churned during period / customers at start x 100"));
    }

    @Test
    void unsupportedScalesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> KpiDefinitions.csat(4));
        assertThrows(IllegalArgumentException.class, () -> KpiDefinitions.ces(10, true));
    }

    @Test
    void ensureFindsOrAddsTheDefault() {
        Strategy strategy = CxStrategyFactory.eINSTANCE.createStrategy();
        KpiDefinition added = KpiDefinitions.ensure(strategy, "RESPONSE_TIME");
        assertEquals(1, strategy.getKpiDefinitions().size());
        assertSame(added, KpiDefinitions.ensure(strategy, "RESPONSE_TIME"));
        assertEquals(7, KpiDefinitions.ensure(strategy, "CSAT_1_7").getScaleMax());
        assertThrows(IllegalArgumentException.class, () -> KpiDefinitions.ensure(strategy, "FCR"));
    }
}
