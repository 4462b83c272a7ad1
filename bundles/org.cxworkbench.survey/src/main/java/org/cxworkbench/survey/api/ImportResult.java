package org.cxworkbench.survey.api;

import java.util.List;

import org.cxworkbench.model.ImportRecord;

/**
 * What an import did. Every row read is exactly one of accepted, rejected or duplicate.
 *
 * @param file the export's file name
 * @param checksum SHA-256 of the export, lower-case hex
 * @param shape the detected export shape, e.g. {@code Qualtrics}
 * @param surveyName the survey imported into
 * @param surveyCreated whether the survey was created by this import
 * @param definitionsAdded codes of the default KPI definitions added to the strategy by this import
 * @param periodSource where periods came from: {@code column NAME} or {@code current period 2026-Q3}
 * @param rowsRead response rows read (header rows not counted)
 * @param accepted rows with at least one answer counted
 * @param rejected rows of which no answer counted (every answer rejected, no answer at all, or a bad date)
 * @param duplicates rows whose response id was already imported (earlier in this file or in an earlier
 *        import of the survey)
 * @param answersCounted answers aggregated
 * @param answersRejected answers rejected
 * @param rejects the first {@value SurveyImporter#MAX_REPORTED_REJECTS} rejects
 * @param periods one entry per period touched, in order
 * @param record the import record added to the strategy
 */
public record ImportResult(String file, String checksum, String shape, String surveyName, boolean surveyCreated,
        List<String> definitionsAdded, String periodSource, long rowsRead, long accepted, long rejected,
        long duplicates, long answersCounted, long answersRejected, List<AnswerReject> rejects,
        List<PeriodSummary> periods, ImportRecord record) {

    /**
     * The measurements one import touched in one period.
     *
     * @param period e.g. {@code 2026-Q3}
     * @param measurementsTouched measurements created or added to (all KPIs and segments)
     * @param measurementsCreated of which created by this import
     * @param answers answers counted in this period over all KPIs (overall segment only)
     */
    public record PeriodSummary(String period, int measurementsTouched, int measurementsCreated, long answers) {
    }
}
