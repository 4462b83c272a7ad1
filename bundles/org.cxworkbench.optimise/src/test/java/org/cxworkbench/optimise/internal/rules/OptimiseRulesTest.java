package org.cxworkbench.optimise.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.cxworkbench.api.rules.Finding;
import org.cxworkbench.api.rules.Severity;
import org.cxworkbench.api.rules.StepRule;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.optimise.fixtures.FakeKpiService;
import org.cxworkbench.optimise.fixtures.OptimiseSeeds;
import org.cxworkbench.optimise.internal.alerts.CompositeAlertService;
import org.cxworkbench.optimise.internal.backlog.BacklogProposer;
import org.cxworkbench.plan.internal.TimelineBuilder;
import org.cxworkbench.optimise.internal.trends.MeasureServices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OptimiseRulesTest {

    private CompositeAlertService alerts;

    @BeforeEach
    void setUp() {
        MeasureServices measures = new MeasureServices();
        measures.setKpiService(new FakeKpiService().series("NPS", "2026-Q1", 44, 42, 40.5));
        alerts = new CompositeAlertService(new TimelineBuilder(), measures);
    }

    private List<StepRule> allRules() {
        return List.of(new ReviewForPeriodRule(), new ReviewDecisionsRule(), new AlertsBacklogRule(alerts),
                new BacklogExistsRule());
    }

    /** Reviewed 2026-Q3 with decisions, and every alert of the quarter in the backlog. */
    private Strategy good() {
        Strategy s = OptimiseSeeds.strategy();
        OptimiseSeeds.review(s, "optimisation-review-1", "2026-Q3", "Add password reset to the chatbot");
        BacklogProposer proposer = new BacklogProposer(Locale.ENGLISH);
        BacklogProposer.accept(s, proposer.propose(s, alerts.alerts(s, "2026-Q3")), "2026-Q3");
        return s;
    }

    @Test
    void aGoodStrategySatisfiesEveryRule() {
        Strategy good = good();
        for (StepRule rule : allRules()) {
            assertEquals(List.of(), rule.check(good), rule.getClass().getSimpleName());
        }
    }

    @Test
    void noReviewForTheCurrentPeriodIsAnErrorWithTheCommandToRecordOne() {
        Strategy s = good();
        s.getReviews().get(0).setPeriod("2026-Q2");

        List<Finding> findings = new ReviewForPeriodRule().check(s);

        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(WorkflowStep.OPTIMISE, f.step());
        assertTrue(f.message().startsWith("No optimisation review for 2026-Q3"), f.message());
        assertTrue(f.action().startsWith("cxw review add FILE --period 2026-Q3 --date yyyy-MM-dd"), f.action());

        s.setCurrentPeriod(null);
        assertTrue(new ReviewForPeriodRule().check(s).get(0).message().contains("no current period"));
    }

    @Test
    void aReviewWithoutDecisionsIsAWarning() {
        Strategy s = good();
        OptimiseSeeds.review(s, "optimisation-review-2", "2026-Q2");

        List<Finding> findings = new ReviewDecisionsRule().check(s);

        assertEquals(1, findings.size());
        assertEquals(Severity.WARNING, findings.get(0).severity());
        assertEquals("optimisation-review-2", findings.get(0).elementId());
    }

    @Test
    void everyAlertWithoutABacklogItemIsAWarning() {
        Strategy s = good();
        s.getBacklog().removeIf(i -> i.getTrigger().equals("alert:KPI_WORSENING:NPS"));

        List<Finding> findings = new AlertsBacklogRule(alerts).check(s);

        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("NPS", f.elementId());
        assertTrue(f.message().contains("NPS 44.0 points (2026-Q1"), f.message());
        assertEquals("cxw optimise FILE --period 2026-Q3 --accept", f.action());
    }

    @Test
    void anEmptyBacklogIsAnError() {
        Strategy s = good();
        s.getBacklog().clear();

        List<Finding> findings = new BacklogExistsRule().check(s);

        assertEquals(1, findings.size());
        assertEquals(Severity.ERROR, findings.get(0).severity());
        assertTrue(findings.get(0).action().startsWith("cxw optimise FILE --period 2026-Q3 --accept"));
    }

    @Test
    void aWeakStrategyFailsStepNine() {
        Strategy weak = OptimiseSeeds.strategy();
        List<Finding> findings = allRules().stream().flatMap(r -> r.check(weak).stream()).toList();

        assertEquals(List.of("optimise.backlog", "optimise.review"), findings.stream()
                .filter(f -> f.severity() == Severity.ERROR).map(Finding::ruleId).sorted().toList());
        assertEquals(List.of("NPS", "keyword-1/competitor-1", "keyword-2", "tactic-step-3"), findings.stream()
                .filter(f -> f.ruleId().equals("optimise.alerts-backlog")).map(Finding::elementId).sorted().toList(),
                "worsening NPS, overtaken and dropped keywords, overdue step: no alert is in a backlog");
    }
}
