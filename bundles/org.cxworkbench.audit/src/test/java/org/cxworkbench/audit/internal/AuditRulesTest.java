package org.cxworkbench.audit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.cxworkbench.api.rules.Finding;
import org.cxworkbench.api.rules.Severity;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.Channel;
import org.cxworkbench.model.Organisation;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.SwotQuadrant;
import org.cxworkbench.model.Touchpoint;
import org.junit.jupiter.api.Test;

class AuditRulesTest {

    private static List<Finding> all(Strategy s) {
        List<Finding> findings = new ArrayList<>();
        findings.addAll(new TouchpointsPresentRule().check(s));
        findings.addAll(new TouchpointOwnerRule().check(s));
        findings.addAll(new TouchpointRatingRule().check(s));
        findings.addAll(new SwotQuadrantsRule().check(s));
        findings.forEach(f -> assertEquals(WorkflowStep.AUDIT, f.step()));
        return findings;
    }

    @Test
    void theCompleteAuditPasses() {
        assertEquals(List.of(), all(AuditStrategies.complete()));
    }

    @Test
    void theBundledAcmeFreshExampleCompletesStepTwo() throws Exception {
        Strategy acme = org.cxworkbench.testing.TestStore.create()
                .load(java.nio.file.Path.of("../../examples/acme/acme.cxs"));
        assertEquals(12, acme.getTouchpoints().size());
        assertEquals(List.of(), all(acme).stream().filter(f -> f.severity() != Severity.INFO).toList());
    }

    @Test
    void noTouchpointsIsAnError() {
        Strategy s = AuditStrategies.audited();
        s.getTouchpoints().clear();
        Finding f = new TouchpointsPresentRule().check(s).get(0);
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("audit.touchpoints", f.ruleId());
        assertTrue(f.message().startsWith("no touchpoint is charted yet"));
        assertEquals("cxw touchpoint add FILE --name \"Mobile app\" --channel MOBILE_APP --stage Order", f.action());
        assertEquals(List.of(f), all(s), "the SWOT waits for the audit");
    }

    @Test
    void aNewBusinessHasNothingToAuditYet() {
        Strategy s = AuditStrategies.audited();
        s.getTouchpoints().clear();
        Organisation organisation = AuditStrategies.F.createOrganisation();
        organisation.setNewBusiness(true);
        s.setOrganisation(organisation);
        List<Finding> findings = all(s);
        assertEquals(1, findings.size());
        assertEquals(Severity.INFO, findings.get(0).severity());
    }

    @Test
    void aTouchpointWithoutOwnerIsAWarning() {
        Strategy s = AuditStrategies.complete();
        AuditStrategies.touchpoint(s, "touchpoint-3").setOwner(null);
        List<Finding> findings = all(s);
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("touchpoint-3", f.elementId());
        assertEquals("touchpoint touchpoint-3 'Store pick-up' has no owner", f.message());
        assertEquals("cxw touchpoint update FILE touchpoint-3 --owner OWNER_ID", f.action());
    }

    @Test
    void anUnratedTouchpointIsAnError() {
        Strategy s = AuditStrategies.complete();
        Touchpoint chat = AuditStrategies.touchpoint(s, "touchpoint-5", "Web chat", Channel.WEB_CHAT, "Support",
                s.getOwners().get(1));
        List<Finding> findings = all(s);
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(chat.getId(), f.elementId());
        assertEquals("touchpoint touchpoint-5 'Web chat' has no rating: rate it from 1 (poor) to 5 (excellent)",
                f.message());
        assertEquals("cxw rating add FILE --touchpoint touchpoint-5 --period 2026-Q3 --score SCORE", f.action());
    }

    @Test
    void ratingsOutsideTheScaleOrWithoutAValidPeriodAreErrors() {
        Strategy s = AuditStrategies.complete();
        Touchpoint phone = AuditStrategies.touchpoint(s, "touchpoint-2");
        AuditStrategies.rating(phone, "rating-8", "2026-Q3", 7);
        AuditStrategies.rating(phone, "rating-9", "Q3/2026", 3);
        AuditStrategies.rating(phone, "rating-10", "2026-Q3", 0.5);
        List<Finding> findings = new TouchpointRatingRule().check(s);
        assertEquals(List.of("touchpoint touchpoint-2 'Phone support': the rating rating-8 in 2026-Q3 is 7.0, outside "
                + "the scale 1 (poor) to 5 (excellent)",
                "touchpoint touchpoint-2 'Phone support': the rating rating-9 has the period 'Q3/2026', not a period "
                        + "like 2026-Q3 or 2026-09",
                "touchpoint touchpoint-2 'Phone support': the rating rating-10 in 2026-Q3 is 0.5, outside the scale 1 "
                        + "(poor) to 5 (excellent)"),
                findings.stream().map(Finding::message).toList());
        assertTrue(findings.stream().allMatch(f -> f.severity() == Severity.ERROR));
        assertEquals("cxw rating update FILE rating-9 --period 2026-Q3", findings.get(1).action());
        assertEquals(List.of("rating-8", "rating-9", "rating-10"), findings.stream().map(Finding::elementId).toList());
    }

    @Test
    void theSwotNeedsStrengthsAndWeaknesses() {
        Strategy s = AuditStrategies.audited();
        List<Finding> findings = new SwotQuadrantsRule().check(s);
        assertEquals(List.of(Severity.ERROR, Severity.ERROR, Severity.WARNING, Severity.WARNING),
                findings.stream().map(Finding::severity).toList());
        assertEquals("the SWOT of your own customer experience has no strength (the audit suggests some)",
                findings.get(0).message());
        assertEquals("cxw swot-suggest FILE --accept", findings.get(0).action());
        assertEquals("the SWOT of your own customer experience has no weakness (the audit suggests some)",
                findings.get(1).message());

        Strategy onlyStrength = AuditStrategies.complete();
        onlyStrength.getSwotItems().removeIf(i -> i.getQuadrant() != SwotQuadrant.STRENGTH);
        AuditStrategies.touchpoint(onlyStrength, "touchpoint-2").getNotes().clear();
        AuditStrategies.touchpoint(onlyStrength, "touchpoint-2").getRatings().clear();
        AuditStrategies.touchpoint(onlyStrength, "touchpoint-3").getNotes().clear();
        List<Finding> missing = new SwotQuadrantsRule().check(onlyStrength);
        assertEquals("the SWOT of your own customer experience has no weakness", missing.get(0).message());
        assertEquals(Severity.ERROR, missing.get(0).severity());
        assertEquals("cxw swot add FILE --quadrant WEAKNESS --text \"...\"", missing.get(0).action());
    }
}
