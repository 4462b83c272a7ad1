package org.cxworkbench.survey.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cxworkbench.api.rules.Finding;
import org.cxworkbench.api.rules.Severity;
import org.cxworkbench.model.CxStrategyFactory;
import org.cxworkbench.model.ImportRecord;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.Survey;
import org.junit.jupiter.api.Test;

class SurveyStepRuleTest {

    private final CxStrategyFactory f = CxStrategyFactory.eINSTANCE;
    private final SurveyStepRule rule = new SurveyStepRule();

    @Test
    void noSurveyYetIsAnError() {
        List<Finding> findings = rule.check(f.createStrategy());
        assertEquals(1, findings.size());
        assertEquals(Severity.ERROR, findings.get(0).severity());
        assertEquals("no survey yet", findings.get(0).message());
        assertTrue(findings.get(0).action().contains("cxw import-survey"));
    }

    @Test
    void surveyWithoutQuestionsIsAnErrorAndNeverImportedAWarning() {
        Strategy s = f.createStrategy();
        Survey survey = f.createSurvey();
        survey.setId("survey-1");
        survey.setName("Post-purchase");
        s.getSurveys().add(survey);
        List<Finding> findings = rule.check(s);
        assertEquals(List.of(Severity.ERROR, Severity.WARNING), findings.stream().map(Finding::severity).toList());
        assertEquals("survey 'Post-purchase' has no questions", findings.get(0).message());
        assertEquals("survey 'Post-purchase' has never been imported", findings.get(1).message());
        assertEquals("survey-1", findings.get(1).elementId());

        survey.getQuestions().add(f.createSurveyQuestion());
        ImportRecord record = f.createImportRecord();
        record.setSurvey(survey);
        s.getImports().add(record);
        assertEquals(List.of(), rule.check(s));
    }
}
