package org.cxworkbench.survey.internal.entities;

import java.util.List;
import java.util.Map;

import org.cxworkbench.api.entity.EntityKind;
import org.cxworkbench.api.entity.EntityKindService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.CxStrategyPackage.Literals;
import org.cxworkbench.model.SurveyQuestion;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.osgi.service.component.annotations.Component;

/**
 * {@code cxw question add|list|show|update|remove}: the questions of a survey, each with its explicit KPI
 * (the KPI type is never guessed from the scale) and the export column it is read from, e.g.
 * {@code cxw question add acme.cxs --survey survey-1 --text "How likely ... recommend us?" --kpi NPS --column Q1}.
 */
@Component(service = EntityKind.class)
@EntityKindService(noun = "question")
public final class QuestionKind implements EntityKind {

    @Override
    public String noun() {
        return "question";
    }

    @Override
    public EClass eClass() {
        return Literals.SURVEY_QUESTION;
    }

    @Override
    public WorkflowStep step() {
        return WorkflowStep.SURVEYS;
    }

    @Override
    public EReference defaultContainer() {
        return null;
    }

    @Override
    public Map<String, EReference> parentOptions() {
        return Map.of("--survey", Literals.SURVEY__QUESTIONS);
    }

    @Override
    public List<EStructuralFeature> listColumns() {
        return List.of(Literals.SURVEY_QUESTION__TEXT, Literals.SURVEY_QUESTION__KPI, Literals.SURVEY_QUESTION__COLUMN);
    }

    @Override
    public void afterChange(EObject element) {
        SurveyQuestion question = (SurveyQuestion) element;
        if (question.getText() == null || question.getText().isBlank()) {
            throw new IllegalArgumentException("a question needs its --text");
        }
        if (question.getKpi() == null) {
            throw new IllegalArgumentException("say which KPI the question measures with --kpi (e.g. NPS, CSAT, CES); "
                    + "it is never guessed from the answer scale");
        }
    }
}
