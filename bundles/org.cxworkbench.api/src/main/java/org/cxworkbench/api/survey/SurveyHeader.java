package org.cxworkbench.api.survey;

import java.util.List;
import java.util.Objects;

/**
 * The header of a survey export: the tool it comes from (its shape) and its columns.
 *
 * @param shape the detected export shape
 * @param headerLines how many physical lines (or sheet rows) the header takes, so that the first response is
 *        on the line after them
 * @param columns the columns, in file order
 */
public record SurveyHeader(ExportShape shape, long headerLines, List<SurveyColumn> columns) {

    public SurveyHeader {
        Objects.requireNonNull(shape, "shape");
        columns = List.copyOf(columns);
    }
}
