package org.cxworkbench.measure.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.cxworkbench.api.rules.Finding;
import org.cxworkbench.api.rules.Severity;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.measure.internal.Fixtures;
import org.cxworkbench.model.CxStrategyFactory;
import org.cxworkbench.model.Goal;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.Survey;
import org.cxworkbench.model.SurveyQuestion;
import org.junit.jupiter.api.Test;

class StepRulesTest {

    private static final CxStrategyFactory F = CxStrategyFactory.eINSTANCE;

    @Test
    void noSurveyIsAnError() {
        List<Finding> findings = new SurveyDefinedRule().check(Fixtures.strategy());
        assertEquals(1, findings.size());
        assertEquals(Severity.ERROR, findings.get(0).severity());
        assertEquals(WorkflowStep.SURVEYS, findings.get(0).step());
        assertTrue(findings.get(0).action().startsWith("cxw survey add FILE"));
    }

    @Test
    void aQuestionWithoutKpiIsAnError() {
        Strategy s = Fixtures.strategy();
        Survey survey = F.createSurvey();
        survey.setName("Post-purchase survey");
        SurveyQuestion typed = F.createSurveyQuestion();
        typed.setText("How likely is it that you would recommend us to a friend or colleague?");
        typed.setKpi(Fixtures.definition(s, "NPS"));
        SurveyQuestion untyped = F.createSurveyQuestion();
        untyped.setId("question-2");
        untyped.setText("Rate us from 1 to 10");
        survey.getQuestions().addAll(List.of(typed, untyped));
        s.getSurveys().add(survey);
        assertTrue(new SurveyDefinedRule().check(s).isEmpty());
        List<Finding> findings = new SurveyQuestionKpiRule().check(s);
        assertEquals(1, findings.size());
        assertEquals(Severity.ERROR, findings.get(0).severity());
        assertEquals("question-2", findings.get(0).elementId());
        assertTrue(findings.get(0).message().contains("'Rate us from 1 to 10'"));
    }

    @Test
    void noMeasurementForTheCurrentPeriodIsAnErrorWithTheImportAction() {
        Strategy s = Fixtures.strategy();
        Fixtures.answers(s, Fixtures.definition(s, "NPS"), "2026-Q2", "", Map.of(9, 40L));
        List<Finding> findings = new CurrentPeriodMeasuredRule().check(s);
        assertEquals(Severity.ERROR, findings.get(0).severity());
        assertEquals(WorkflowStep.MEASURE, findings.get(0).step());
        assertTrue(findings.get(0).message().contains("2026-Q3"));
        assertTrue(findings.get(0).action().startsWith("cxw import-survey "));
        Fixtures.answers(s, Fixtures.definition(s, "NPS"), "2026-Q3", "", Map.of(9, 40L));
        assertTrue(new CurrentPeriodMeasuredRule().check(s).isEmpty());
    }

    @Test
    void missingCustomerCountsAreAWarning() {
        Strategy s = Fixtures.strategy();
        List<Finding> findings = new CustomerCountsRule().check(s);
        assertEquals(Severity.WARNING, findings.get(0).severity());
        assertEquals("cxw customers FILE --period 2026-Q3 --start N --end N --new N --churned N", findings.get(0).action());
        Fixtures.customers(s, "2026-Q3", "", 500L, 450L, null, null);
        assertTrue(new CustomerCountsRule().check(s).isEmpty());
    }

    @Test
    void smallSamplesAreWarnings() {
        List<Finding> findings = new SampleSizeRule(Fixtures.kpiService()).check(Fixtures.measured());
        List<String> messages = findings.stream().map(Finding::message).toList();
        assertTrue(findings.stream().allMatch(f -> f.severity() == Severity.WARNING));
        assertTrue(messages.contains("NPS 2026-Q3 touchpoint=Mobile app rests on 12 answers, below the minimum of 30: "
                + "read it with caution"), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("RESOLUTION_TIME 2026-Q3 rests on 4 answers")));
        assertEquals(2, findings.size(), messages.toString());
    }

    @Test
    void aGoalWhoseKpiHasNoDataIsAWarning() {
        Strategy s = Fixtures.measured();
        Goal nps = F.createGoal();
        nps.setName("Raise NPS by one full point this quarter");
        nps.setKpi(Fixtures.definition(s, "NPS"));
        Goal ttr = F.createGoal();
        ttr.setId("goal-2");
        ttr.setName("Cut the time to resolve an issue by 20 % this quarter");
        ttr.setKpi(Fixtures.definition(s, "RESPONSE_TIME"));
        nps.getChildren().add(ttr);
        s.getGoals().add(nps);
        List<Finding> findings = new GoalKpiDataRule(Fixtures.kpiService()).check(s);
        assertEquals(1, findings.size());
        assertEquals("goal-2", findings.get(0).elementId());
        assertEquals("cxw import-tickets FILE EXPORT.csv", findings.get(0).action());
    }
}
