package org.cxworkbench.competitors.internal.entities;

import static org.cxworkbench.competitors.internal.testing.CompetitorFixtures.F;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.competitors.internal.testing.CompetitorFixtures;
import org.cxworkbench.model.CompetitorFinding;
import org.cxworkbench.model.CxStrategyPackage.Literals;
import org.cxworkbench.model.FindingKind;
import org.cxworkbench.model.Keyword;
import org.cxworkbench.model.Opportunity;
import org.cxworkbench.model.RankObservation;
import org.cxworkbench.model.Strategy;
import org.junit.jupiter.api.Test;

class CompetitorEntityKindsTest {

    @Test
    void kindsDescribeNounStepAndContainer() {
        assertEquals("competitor", new CompetitorKind().noun());
        assertEquals(Literals.STRATEGY__COMPETITORS, new CompetitorKind().defaultContainer());
        assertEquals(WorkflowStep.COMPETITORS, new KeywordKind().step());
        assertEquals(Literals.STRATEGY__RANK_OBSERVATIONS, new RankObservationKind().defaultContainer());
        assertEquals(WorkflowStep.RESEARCH, new CompetitorFindingKind().step());
        assertEquals(Literals.STRATEGY__OPPORTUNITIES, new OpportunityKind().defaultContainer());
        assertEquals(Literals.OPPORTUNITY, new OpportunityKind().eClass());
    }

    @Test
    void aKeywordWithoutRankGetsTheNextFreeOneAndRanksAboveTenAreRefused() {
        Strategy s = CompetitorFixtures.grocer();
        Keyword added = F.createKeyword();
        added.setTerm("  grocery subscription ");
        s.getKeywords().add(added);

        new KeywordKind().afterChange(added);

        assertEquals(6, added.getRelevanceRank());
        assertEquals("grocery subscription", added.getTerm());
        added.setRelevanceRank(11);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new KeywordKind().afterChange(added));
        assertTrue(e.getMessage().contains("relevance rank 11 is outside 1..10"), e.getMessage());
    }

    @Test
    void aRankObservationDefaultsToTodayAndRefusesBadDatesAndPositions() {
        Strategy s = CompetitorFixtures.grocer();
        RankObservation r = F.createRankObservation();
        r.setKeyword(s.getKeywords().get(0));
        s.getRankObservations().add(r);

        new RankObservationKind().afterChange(r);
        assertEquals(LocalDate.now().toString(), r.getDate());

        r.setDate("2026-02-30");
        IllegalArgumentException date = assertThrows(IllegalArgumentException.class, () -> new RankObservationKind().afterChange(r));
        assertEquals("the new rank observation: date '2026-02-30' is not a date written yyyy-MM-dd", date.getMessage());
        r.setDate("2026-02-28");
        r.setPosition(0);
        assertThrows(IllegalArgumentException.class, () -> new RankObservationKind().afterChange(r));
    }

    @Test
    void findingsCheckQualityAndResponseHours() {
        Strategy s = CompetitorFixtures.grocer();
        CompetitorFinding f = CompetitorFixtures.finding(s, "finding-9", s.getCompetitors().get(0), FindingKind.MYSTERY_SHOP, "ok");
        f.setQuality(6);
        IllegalArgumentException quality = assertThrows(IllegalArgumentException.class, () -> new CompetitorFindingKind().afterChange(f));
        assertTrue(quality.getMessage().startsWith("finding finding-9: quality 6"), quality.getMessage());
        f.setQuality(3);
        f.setResponseHours(-1);
        assertThrows(IllegalArgumentException.class, () -> new CompetitorFindingKind().afterChange(f));
        f.setResponseHours(5);
        new CompetitorFindingKind().afterChange(f);
        f.setKind(FindingKind.FAQ);
        assertThrows(IllegalArgumentException.class, () -> new CompetitorFindingKind().afterChange(f));
    }

    @Test
    void opportunityLinksMustPointAtTheRightSideAndQuadrant() {
        Strategy s = CompetitorFixtures.grocer();
        Opportunity o = F.createOpportunity();
        o.setName("Same-day slots campaign");
        o.setTheirWeakness(s.getSwotItems().get(0));
        s.getOpportunities().add(o);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new OpportunityKind().afterChange(o));

        assertEquals("the new opportunity: their weakness must be a COMPETITOR WEAKNESS SWOT item, but swot-item-1 is a "
                + "OWN_CX STRENGTH", e.getMessage());
        o.setTheirWeakness(s.getSwotItems().get(4));
        o.setOurStrength(s.getSwotItems().get(0));
        new OpportunityKind().afterChange(o);
    }

    @Test
    void competitorNamesAreRequiredAndUnique() {
        Strategy s = CompetitorFixtures.grocer();
        var duplicate = CompetitorFixtures.competitor(s, null, "quickcart");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CompetitorKind().afterChange(duplicate));

        assertEquals("competitor 'quickcart' already exists as competitor-1", e.getMessage());
        duplicate.setName(" ");
        assertThrows(IllegalArgumentException.class, () -> new CompetitorKind().afterChange(duplicate));
    }
}
