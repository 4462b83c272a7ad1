package org.cxworkbench.measure.internal.rules;

import java.util.ArrayList;
import java.util.List;

import org.cxworkbench.api.rules.Finding;
import org.cxworkbench.api.rules.StepRule;
import org.cxworkbench.api.rules.StepRuleService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.Survey;
import org.osgi.service.component.annotations.Component;

/** Step 7: at least one survey is defined, and every survey asks at least one question. */
@Component(service = StepRule.class)
@StepRuleService(step = 7, id = SurveyDefinedRule.ID)
public final class SurveyDefinedRule implements StepRule {

    static final String ID = "surveys.defined";

    @Override
    public List<Finding> check(Strategy strategy) {
        if (strategy.getSurveys().isEmpty()) {
            return List.of(Finding.error(WorkflowStep.SURVEYS, ID, null,
                    "No survey is defined: the KPIs of step 8 come from survey answers",
                    "cxw survey add FILE --name \"Post-purchase survey\" --trigger \"after a purchase\", then add its "
                            + "questions, each with its KPI (NPS, CSAT, CES ...)"));
        }
        List<Finding> findings = new ArrayList<>();
        for (Survey survey : strategy.getSurveys()) {
            if (survey.getQuestions().isEmpty()) {
                findings.add(Finding.warning(WorkflowStep.SURVEYS, ID, survey.getId(),
                        "Survey '" + survey.getName() + "' has no questions",
                        "add a question with its KPI, e.g. the NPS question \"How likely is it that you would "
                                + "recommend us to a friend or colleague?\""));
            }
        }
        return findings;
    }
}
