package org.cxworkbench.competitors.internal.rules;

import static org.cxworkbench.competitors.internal.testing.CompetitorFixtures.finding;
import static org.cxworkbench.competitors.internal.testing.CompetitorFixtures.keyword;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cxworkbench.api.rules.Finding;
import org.cxworkbench.api.rules.Severity;
import org.cxworkbench.api.rules.StepRule;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.competitors.internal.gap.GapAnalysis;
import org.cxworkbench.competitors.internal.testing.CompetitorFixtures;
import org.cxworkbench.model.FindingKind;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.SwotSubject;
import org.junit.jupiter.api.Test;

class CompetitorRulesTest {

    private static final List<StepRule> ALL = List.of(new CompetitorsPresentRule(), new KeywordCountRule(),
            new KeywordObservedRule(), new RelevanceRankRule(), new FindingsPerCompetitorRule(), new CompetitorSwotRule(),
            new GapIdentifiedRule(), new MysteryShopRequestRule());

    private static Strategy good() {
        Strategy s = CompetitorFixtures.grocer();
        GapAnalysis.accept(s, GapAnalysis.propose(s));
        return s;
    }

    @Test
    void aCompleteStrategyPassesEveryRule() {
        Strategy s = good();
        for (StepRule rule : ALL) {
            assertEquals(List.of(), rule.check(s), rule.getClass().getSimpleName());
        }
    }

    @Test
    void anEmptyStrategyFailsStepsThreeAndFourWithActions() {
        Strategy s = CompetitorFixtures.F.createStrategy();

        Finding noCompetitor = single(new CompetitorsPresentRule().check(s));
        assertEquals(Severity.ERROR, noCompetitor.severity());
        assertEquals(WorkflowStep.COMPETITORS, noCompetitor.step());
        assertTrue(noCompetitor.action().startsWith("type your top keywords"));

        Finding noKeyword = single(new KeywordCountRule().check(s));
        assertEquals(Severity.ERROR, noKeyword.severity());
        assertTrue(noKeyword.action().contains("cxw keyword add FILE"));

        Finding noResearch = single(new FindingsPerCompetitorRule().check(s));
        assertEquals(Severity.ERROR, noResearch.severity());
        assertEquals(WorkflowStep.RESEARCH, noResearch.step());

        assertEquals(Severity.ERROR, single(new CompetitorSwotRule().check(s)).severity());
        Finding noGap = single(new GapIdentifiedRule().check(s));
        assertEquals(Severity.ERROR, noGap.severity());
        assertEquals("cxw gap-analysis FILE --accept", noGap.action());
    }

    @Test
    void fewerThanFiveKeywordsIsAWarning() {
        Strategy s = good();
        s.getKeywords().remove(4);

        Finding finding = single(new KeywordCountRule().check(s));

        assertEquals(Severity.WARNING, finding.severity());
        assertEquals("only 4 competitive keywords recorded; track your top 5-10", finding.message());
    }

    @Test
    void keywordsWithoutObservationWarnAndNoneObservedIsAnError() {
        Strategy s = good();
        keyword(s, "keyword-6", "grocery subscription", 6);

        Finding one = single(new KeywordObservedRule().check(s));
        assertEquals(Severity.WARNING, one.severity());
        assertEquals("keyword-6", one.elementId());

        s.getRankObservations().clear();
        List<Finding> none = new KeywordObservedRule().check(s);
        assertEquals(7, none.size(), "one error and a warning per keyword");
        assertEquals(Severity.ERROR, none.get(0).severity());
    }

    @Test
    void relevanceRanksOutsideOneToTenAreErrorsAndSharedRanksWarnings() {
        Strategy s = good();
        s.getKeywords().get(1).setRelevanceRank(1);
        s.getKeywords().get(2).setRelevanceRank(11);
        s.getKeywords().get(3).setRelevanceRank(0);

        List<Finding> findings = new RelevanceRankRule().check(s);

        assertEquals(3, findings.size());
        assertEquals(Severity.WARNING, findings.get(0).severity());
        assertEquals("keywords 'online grocery delivery' and 'grocery app' share relevance rank 1", findings.get(0).message());
        assertEquals(Severity.ERROR, findings.get(1).severity());
        assertEquals("keyword-3", findings.get(1).elementId());
        assertEquals(Severity.ERROR, findings.get(2).severity());
        assertEquals("keyword-4", findings.get(2).elementId());
    }

    @Test
    void aCompetitorWithoutResearchIsNamed() {
        Strategy s = good();
        CompetitorFixtures.competitor(s, "competitor-3", "DinnerBox");

        Finding finding = single(new FindingsPerCompetitorRule().check(s));

        assertEquals(Severity.WARNING, finding.severity());
        assertEquals("competitor-3", finding.elementId());
        assertTrue(finding.message().contains("'DinnerBox'"));
    }

    @Test
    void noCompetitorSwotIsAnError() {
        Strategy s = good();
        s.getSwotItems().removeIf(i -> i.getSubjectKind() == SwotSubject.COMPETITOR);

        assertEquals(Severity.ERROR, single(new CompetitorSwotRule().check(s)).severity());
    }

    @Test
    void unrecordedProposalsAreReportedAsInfoOnceAGapIsRecorded() {
        Strategy s = good();
        s.getOpportunities().remove(0);

        Finding info = single(new GapIdentifiedRule().check(s));

        assertEquals(Severity.INFO, info.severity());
        assertTrue(info.message().startsWith("1 further opportunity is proposed"), info.message());
        assertNull(info.action());
    }

    @Test
    void mysteryShopWithoutRequestWarns() {
        Strategy s = good();
        finding(s, "finding-9", s.getCompetitors().get(0), FindingKind.MYSTERY_SHOP, "No answer after 3 days");

        Finding finding = single(new MysteryShopRequestRule().check(s));

        assertEquals(Severity.WARNING, finding.severity());
        assertEquals("finding-9", finding.elementId());
        assertEquals("cxw finding update FILE finding-9 --request TEXT", finding.action());
    }

    private static Finding single(List<Finding> findings) {
        assertEquals(1, findings.size(), findings.toString());
        return findings.get(0);
    }
}
