package org.cxworkbench.warehouse.internal;

import java.util.List;

/**
 * What a warehouse import did, for the command's output.
 *
 * @param source the database and table, without credentials
 * @param checksum SHA-256 of the SQL text
 * @param surveyName the survey imported into
 * @param surveyCreated whether the survey was created by this import
 * @param definitionsAdded codes of default KPI definitions added to the strategy
 * @param periods the periods replaced, in order
 * @param measurementsReplaced measurements removed before the new ones were merged in
 * @param measurementsWritten measurements written for the returned periods
 * @param rowsRead rows of the table (after {@code --where})
 * @param rowsAccepted rows with a date and at least one valid answer
 * @param rowsRejected rows of which no answer counted
 * @param rowsWithoutDate of the rejected rows, those without a date
 * @param duplicateIds rows whose response id occurs more than once (counted, reported only)
 * @param answers per KPI: answers counted, blank and rejected
 */
public record WarehouseImportResult(String source, String checksum, String surveyName, boolean surveyCreated,
        List<String> definitionsAdded, List<String> periods, int measurementsReplaced, int measurementsWritten,
        long rowsRead, long rowsAccepted, long rowsRejected, long rowsWithoutDate, long duplicateIds,
        List<AnswerAccount> answers) {
}
