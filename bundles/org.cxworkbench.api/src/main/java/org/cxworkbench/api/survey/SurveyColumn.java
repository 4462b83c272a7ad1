package org.cxworkbench.api.survey;

import java.util.Objects;

/**
 * One column of a survey export, with every name it can be referenced by.
 *
 * @param index the 0-based position of the column in each row
 * @param id the column's identifier: the first header row (Qualtrics column id such as {@code Q1} or
 *        {@code ResponseId}, a plain CSV header, SurveyMonkey's question plus its sub-answer when the
 *        question spans several columns)
 * @param question the question text shown to respondents, where the export carries it (Qualtrics' second
 *        header row, SurveyMonkey's first row, a Google Forms header); otherwise the same as {@code id}
 * @param importId the tool's internal question id, e.g. Qualtrics' {@code QID1} from
 *        {@code {"ImportId":"QID1"}}; {@code null} if the export has none
 */
public record SurveyColumn(int index, String id, String question, String importId) {

    public SurveyColumn {
        Objects.requireNonNull(id, "id");
        question = question == null || question.isBlank() ? id : question;
    }
}
