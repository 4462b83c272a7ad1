package org.cxworkbench.api.survey;

import java.util.List;
import java.util.Objects;

/**
 * The header of a survey export: the tool it comes from (its shape) and its columns.
 *
 * @param shape the detected export shape
 * @param headerLines how many header records precede the responses (1 for a plain table, 2 for SurveyMonkey,
 *        3 for Qualtrics); a header record may span several physical lines when a question text holds a line
 *        break, so response line numbers come from {@link SurveyRow#line()}, not from this count
 * @param columns the columns, in file order
 */
public record SurveyHeader(ExportShape shape, long headerLines, List<SurveyColumn> columns) {

    public SurveyHeader {
        Objects.requireNonNull(shape, "shape");
        columns = List.copyOf(columns);
    }
}
