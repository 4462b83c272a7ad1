package org.cxworkbench.measure.internal.rules;

import java.util.ArrayList;
import java.util.List;

import org.cxworkbench.api.rules.Finding;
import org.cxworkbench.api.rules.StepRule;
import org.cxworkbench.api.rules.StepRuleService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.Survey;
import org.cxworkbench.model.SurveyQuestion;
import org.osgi.service.component.annotations.Component;

/**
 * Step 7: every survey question names the KPI its answers measure. The KPI type is never guessed from
 * the scale (a 1-10 answer is not NPS), so a question without one cannot be imported.
 */
@Component(service = StepRule.class)
@StepRuleService(step = 7, id = SurveyQuestionKpiRule.ID)
public final class SurveyQuestionKpiRule implements StepRule {

    static final String ID = "surveys.question-kpi";

    @Override
    public List<Finding> check(Strategy strategy) {
        List<Finding> findings = new ArrayList<>();
        for (Survey survey : strategy.getSurveys()) {
            for (SurveyQuestion question : survey.getQuestions()) {
                if (question.getKpi() == null) {
                    String text = question.getText() == null || question.getText().isBlank()
                            ? (question.getId() == null ? "(unnamed)" : question.getId()) : question.getText();
                    findings.add(Finding.error(WorkflowStep.SURVEYS, ID, question.getId(),
                            "Question '" + text + "' of survey '" + survey.getName() + "' has no KPI: the KPI type "
                                    + "of its answers must be explicit, it is never guessed from the scale",
                            "set the question's kpi to one of the strategy's KPI definitions (cxw kpi-definitions "
                                    + "FILE lists them), e.g. --kpi NPS"));
                }
            }
        }
        return findings;
    }
}
