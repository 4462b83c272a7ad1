package org.cxworkbench.survey.api;

/**
 * One rejected answer (or, with the date column named, a rejected row).
 *
 * @param line the physical line (or sheet row) where the response starts
 * @param responseId the response id, or {@code ""} if the export has none
 * @param column the column of the rejected answer, as referenced by the user or the survey question
 * @param reason why it was rejected, e.g. {@code 11 is outside the NPS scale 0-10}
 */
public record AnswerReject(long line, String responseId, String column, String reason) {
}
