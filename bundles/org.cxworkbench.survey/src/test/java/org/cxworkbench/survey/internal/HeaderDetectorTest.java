package org.cxworkbench.survey.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.cxworkbench.api.survey.ExportShape;
import org.cxworkbench.api.survey.SurveyHeader;
import org.junit.jupiter.api.Test;

class HeaderDetectorTest {

    @Test
    void surveyMonkeyMultiColumnQuestionsGetSubAnswerIds() {
        SurveyHeader h = HeaderDetector.detect(List.of(
                new String[] {"Respondent ID", "Which of these did you use?", "", "NPS?"},
                new String[] {"", "Mobile app", "Website", "Response"},
                new String[] {"1", "Mobile app", "", "9"}));
        assertEquals(ExportShape.SURVEYMONKEY, h.shape());
        assertEquals(2, h.headerLines());
        assertEquals("Which of these did you use? - Website", h.columns().get(2).id());
        assertEquals("Which of these did you use?", h.columns().get(2).question());
        assertEquals("NPS?", h.columns().get(3).id());
    }

    @Test
    void plainAndGoogleForms() {
        assertEquals(ExportShape.PLAIN, HeaderDetector.detect(List.<String[]>of(new String[] {"id", "nps"},
                new String[] {"1", "9"})).shape());
        assertEquals(ExportShape.GOOGLE_FORMS, HeaderDetector.detect(List.<String[]>of(new String[] {"Timestamp", "Q"}))
                .shape());
        assertThrows(IllegalArgumentException.class, () -> HeaderDetector.detect(List.of()));
    }

    @Test
    void columnsResolveByIdImportIdAndQuestionTextAndAmbiguityIsRefused() throws Exception {
        SurveyHeader h = HeaderDetector.detect(List.of(
                new String[] {"ResponseId", "Q1", "Q2"},
                new String[] {"Response ID", "How  likely are you to recommend us?", "How likely are you to recommend us?"},
                new String[] {"{\"ImportId\":\"_recordId\"}", "{\"ImportId\":\"QID1\"}", "{\"ImportId\":\"QID2\"}"}));
        assertEquals(ExportShape.QUALTRICS, h.shape());
        ColumnResolver resolver = new ColumnResolver(h);
        assertEquals(1, resolver.resolve("q1").index());
        assertEquals(2, resolver.resolve("QID2").index());
        assertEquals(0, resolver.detectIdColumn().orElseThrow().index());
        assertThrows(ColumnResolver.AmbiguousColumnException.class,
                () -> resolver.resolve("how likely are you to recommend us?"));
        assertEquals(null, resolver.resolve("Q9"));
    }
}
