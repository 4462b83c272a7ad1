package org.cxworkbench.survey.internal.rules;

import java.util.ArrayList;
import java.util.List;

import org.cxworkbench.api.rules.Finding;
import org.cxworkbench.api.rules.StepRule;
import org.cxworkbench.api.rules.StepRuleService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.ImportRecord;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.Survey;
import org.osgi.service.component.annotations.Component;

/**
 * Step 7, send surveys: at least one survey, every survey with questions, and a warning for surveys whose
 * answers were never imported.
 */
@Component(service = StepRule.class)
@StepRuleService(step = 7, id = "surveys.imported")
public final class SurveyStepRule implements StepRule {

    static final String ID = "surveys.imported";

    @Override
    public List<Finding> check(Strategy strategy) {
        List<Finding> findings = new ArrayList<>();
        if (strategy.getSurveys().isEmpty()) {
            findings.add(Finding.error(WorkflowStep.SURVEYS, ID, null, "no survey yet",
                    "import the answers of your first survey: cxw import-survey FILE EXPORT.csv --survey NAME "
                            + "--map NPS=COLUMN"));
            return findings;
        }
        for (Survey survey : strategy.getSurveys()) {
            String name = survey.getName() == null ? survey.getId() : survey.getName();
            if (survey.getQuestions().isEmpty()) {
                findings.add(Finding.error(WorkflowStep.SURVEYS, ID, survey.getId(), "survey '" + name
                        + "' has no questions", "add a question with its KPI and export column, or import the survey "
                        + "with --map KPI=COLUMN"));
            }
            boolean imported = strategy.getImports().stream().map(ImportRecord::getSurvey).anyMatch(s -> s == survey);
            if (!imported) {
                findings.add(Finding.warning(WorkflowStep.SURVEYS, ID, survey.getId(), "survey '" + name
                        + "' has never been imported", "send it, then import its export: cxw import-survey FILE "
                        + "EXPORT --survey \"" + name + "\""));
            }
        }
        return findings;
    }
}
