package org.cxworkbench.survey.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What to import from an export.
 *
 * @param surveyName the survey the answers belong to; created from {@code kpiColumns} if it does not exist
 * @param kpiColumns KPI code to column reference, in order (a column id, Qualtrics ImportId or question
 *        text); may be empty for an existing survey whose questions name their columns
 * @param idColumn the response id column; empty to use a detected one (ResponseId, Respondent ID, ...)
 * @param dateColumn the date column the period is derived from; empty to use a detected one
 * @param segments segment dimensions: segment name to column reference, in order
 * @param granularity quarter or month periods
 * @param strict refuse the whole import if any answer is rejected
 * @param sheet the worksheet of a workbook; empty for the first sheet
 * @param progress receives progress reports
 */
public record ImportOptions(String surveyName, Map<String, String> kpiColumns, Optional<String> idColumn,
        Optional<String> dateColumn, Map<String, String> segments, Granularity granularity, boolean strict,
        Optional<String> sheet, ImportProgress progress) {

    public ImportOptions {
        Objects.requireNonNull(surveyName, "surveyName");
        kpiColumns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(kpiColumns));
        segments = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(segments));
        idColumn = idColumn == null ? Optional.empty() : idColumn;
        dateColumn = dateColumn == null ? Optional.empty() : dateColumn;
        sheet = sheet == null ? Optional.empty() : sheet;
        granularity = granularity == null ? Granularity.QUARTER : granularity;
        progress = progress == null ? ImportProgress.NONE : progress;
    }

    /** Options for {@code surveyName} with the given KPI columns and every other option at its default. */
    public static ImportOptions of(String surveyName, Map<String, String> kpiColumns) {
        return new ImportOptions(surveyName, kpiColumns, Optional.empty(), Optional.empty(), Map.of(),
                Granularity.QUARTER, false, Optional.empty(), ImportProgress.NONE);
    }

    /** A copy with these segments. */
    public ImportOptions withSegments(Map<String, String> newSegments) {
        return new ImportOptions(surveyName, kpiColumns, idColumn, dateColumn, newSegments, granularity, strict, sheet,
                progress);
    }

    /** A copy with strict mode on or off. */
    public ImportOptions withStrict(boolean newStrict) {
        return new ImportOptions(surveyName, kpiColumns, idColumn, dateColumn, segments, granularity, newStrict, sheet,
                progress);
    }

    /** A copy with this response id column. */
    public ImportOptions withIdColumn(String column) {
        return new ImportOptions(surveyName, kpiColumns, Optional.ofNullable(column), dateColumn, segments, granularity,
                strict, sheet, progress);
    }

    /** A copy with this date column. */
    public ImportOptions withDateColumn(String column) {
        return new ImportOptions(surveyName, kpiColumns, idColumn, Optional.ofNullable(column), segments, granularity,
                strict, sheet, progress);
    }

    /** A copy with this period length. */
    public ImportOptions withGranularity(Granularity newGranularity) {
        return new ImportOptions(surveyName, kpiColumns, idColumn, dateColumn, segments, newGranularity, strict, sheet,
                progress);
    }

    /** A copy reading this worksheet. */
    public ImportOptions withSheet(String newSheet) {
        return new ImportOptions(surveyName, kpiColumns, idColumn, dateColumn, segments, granularity, strict,
                Optional.ofNullable(newSheet), progress);
    }

    /** A copy reporting progress to {@code listener}. */
    public ImportOptions withProgress(ImportProgress listener) {
        return new ImportOptions(surveyName, kpiColumns, idColumn, dateColumn, segments, granularity, strict, sheet,
                listener);
    }

    /** The segment dimensions as a list of names, in order. */
    public List<String> segmentNames() {
        return List.copyOf(segments.keySet());
    }
}
