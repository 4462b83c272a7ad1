package org.cxworkbench.web.internal.uploads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.cxworkbench.api.survey.ExportShape;
import org.cxworkbench.api.survey.SurveyColumn;
import org.cxworkbench.api.survey.SurveyHeader;
import org.cxworkbench.model.CxStrategyFactory;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.KpiKind;
import org.cxworkbench.model.SegmentDefinition;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.Survey;
import org.cxworkbench.model.SurveyQuestion;
import org.junit.jupiter.api.Test;

/** The mapping suggested for an export's columns. */
class ColumnSuggestionsTest {

    private static final CxStrategyFactory F = CxStrategyFactory.eINSTANCE;

    /** A Qualtrics export: column ids, question texts and import ids. */
    private final SurveyHeader qualtrics = new SurveyHeader(ExportShape.QUALTRICS, 3, List.of(
            new SurveyColumn(0, "ResponseId", "Response ID", null),
            new SurveyColumn(1, "RecordedDate", "Recorded Date", null),
            new SurveyColumn(2, "Q1", "How likely are you to recommend Acme to a friend?", "QID1"),
            new SurveyColumn(3, "Q2", "How much effort did it take to return an item?", "QID2"),
            new SurveyColumn(4, "Q3", "Which store did you visit?", "QID3"),
            new SurveyColumn(5, "Q4", "Anything else? Please tell us about our services", "QID4")));

    @Test
    void aKnownSurveyIsFoundByTheImportIdsItsQuestionsName() {
        Strategy strategy = F.createStrategy();
        KpiDefinition nps = definition(strategy, "NPS", KpiKind.NPS, true);
        Survey survey = F.createSurvey();
        survey.setName("Returns");
        SurveyQuestion question = F.createSurveyQuestion();
        question.setKpi(nps);
        question.setColumn("QID1");
        survey.getQuestions().add(question);
        strategy.getSurveys().add(survey);
        SegmentDefinition store = F.createSegmentDefinition();
        store.setName("store");
        store.setColumn("Which store did you visit?");
        strategy.getSegments().add(store);

        ColumnSuggestions s = ColumnSuggestions.suggest(strategy, qualtrics, KpiChoice.of(strategy));

        assertEquals("Returns", s.survey());
        assertEquals("Q1", s.map().get("NPS"));
        assertEquals("ResponseId", s.id());
        assertEquals("RecordedDate", s.date());
        assertEquals(Map.of("store", "Q3"), s.segments(), "the segment's column named by its question text");
    }

    @Test
    void theEffortWordingIsOnlySuggestedForADefinitionWhereLowerIsBetter() {
        Strategy strategy = F.createStrategy();
        ColumnSuggestions defaults = ColumnSuggestions.suggest(strategy, qualtrics, KpiChoice.of(strategy));
        assertNull(defaults.map().get("CES"), "'effort' is not the 'how easy' CES of the defaults");
        assertEquals(Map.of("NPS", "Q1"), defaults.map(), "'services' does not read as CES");

        definition(strategy, "CES_EFFORT", KpiKind.CES, false);
        ColumnSuggestions effort = ColumnSuggestions.suggest(strategy, qualtrics, KpiChoice.of(strategy));
        assertEquals("Q2", effort.map().get("CES_EFFORT"));
    }

    @Test
    void theChoicesAreTheRatingDefinitionsAndTheDefaultsTheImportAdds() {
        Strategy strategy = F.createStrategy();
        definition(strategy, "CHURN", KpiKind.CHURN, false);
        definition(strategy, "CSAT_1_7", KpiKind.CSAT, true);
        List<String> codes = KpiChoice.of(strategy).stream().map(KpiChoice::code).toList();
        assertEquals(List.of("CSAT_1_7", "NPS", "CSAT", "CES"), codes);
    }

    private static KpiDefinition definition(Strategy strategy, String code, KpiKind kind, boolean higherIsBetter) {
        KpiDefinition d = F.createKpiDefinition();
        d.setCode(code);
        d.setName(code);
        d.setKind(kind);
        d.setScaleMin(kind == KpiKind.NPS ? 0 : 1);
        d.setScaleMax(kind == KpiKind.NPS ? 10 : 7);
        d.setHigherIsBetter(higherIsBetter);
        strategy.getKpiDefinitions().add(d);
        return d;
    }
}
