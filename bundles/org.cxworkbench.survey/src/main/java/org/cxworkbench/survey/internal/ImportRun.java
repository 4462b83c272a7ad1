package org.cxworkbench.survey.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.cxworkbench.api.survey.SurveyColumn;
import org.cxworkbench.api.survey.SurveyFormatException;
import org.cxworkbench.api.survey.SurveyRow;
import org.cxworkbench.api.survey.SurveyRows;
import org.cxworkbench.survey.api.AnswerReject;
import org.cxworkbench.survey.api.ImportOptions;
import org.cxworkbench.survey.api.SurveyImporter;

/**
 * One pass over the rows of an export: duplicate check, period, answer checks and tallying. Every row ends
 * up exactly once in accepted, rejected or duplicates. Nothing here touches the strategy.
 */
final class ImportRun {

    private final String fileName;
    private final List<MappedAnswer> answers;
    private final int[] answerColumns;
    private final boolean[] yesNo;
    private final int idColumn;
    private final SurveyColumn dateColumn;
    private final int[] segmentColumns;
    private final int fixedMonth;
    private final ResponseIdSet priorIds;
    private final ResponseIdSet importedIds = new ResponseIdSet(1 << 16);
    private final ImportOptions options;
    private final AnswerTally tally;
    private final List<SegmentDictionary> dictionaries = new ArrayList<>();
    private final List<AnswerReject> rejects = new ArrayList<>();

    private long rowsRead;
    private long accepted;
    private long rejected;
    private long duplicates;
    private long answersCounted;
    private long answersRejected;
    private long badDateRows;

    ImportRun(String fileName, List<MappedAnswer> answers, SurveyColumn idColumn, SurveyColumn dateColumn,
            List<SurveyColumn> segmentColumns, int fixedMonth, ResponseIdSet priorIds, ImportOptions options) {
        this.fileName = fileName;
        this.answers = answers;
        this.answerColumns = answers.stream().mapToInt(a -> a.column().index()).toArray();
        this.yesNo = new boolean[answers.size()];
        for (int q = 0; q < answers.size(); q++) {
            yesNo[q] = answers.get(q).yesNo();
        }
        this.idColumn = idColumn == null ? -1 : idColumn.index();
        this.dateColumn = dateColumn;
        this.segmentColumns = segmentColumns.stream().mapToInt(SurveyColumn::index).toArray();
        for (int i = 0; i < segmentColumns.size(); i++) {
            dictionaries.add(new SegmentDictionary());
        }
        this.fixedMonth = fixedMonth;
        this.priorIds = priorIds;
        this.options = options;
        this.tally = new AnswerTally(answers);
    }

    void readAll(SurveyRows rows) throws IOException, SurveyFormatException {
        int n = answers.size();
        int[] scores = new int[n];
        boolean[] valid = new boolean[n];
        int[] groups = new int[segmentColumns.length + 1];
        long nextProgress = System.nanoTime() + 500_000_000L;
        SurveyRow row;
        while ((row = rows.next()) != null) {
            rowsRead++;
            if ((rowsRead & 0x3FFF) == 0 && System.nanoTime() > nextProgress) {
                options.progress().progress(rowsRead, rows.bytesRead(), rows.totalBytes());
                nextProgress = System.nanoTime() + 500_000_000L;
            }
            long idHash = 0;
            boolean hasId = false;
            if (idColumn >= 0) {
                CharSequence id = row.field(idColumn);
                if (!AnswerParser.isBlank(id)) {
                    hasId = true;
                    idHash = ResponseIdSet.hash(id);
                    if (importedIds.contains(idHash) || priorIds.contains(idHash)) {
                        duplicates++;
                        continue;
                    }
                }
            }
            int month = fixedMonth;
            if (dateColumn != null) {
                CharSequence date = row.field(dateColumn.index());
                month = ResponseDates.monthNumber(date);
                if (month == ResponseDates.NOT_A_DATE) {
                    rejected++;
                    badDateRows++;
                    reject(row, dateColumn.id(), AnswerParser.isBlank(date) ? "no date: the response has no "
                            + dateColumn.id() + ", so its period is unknown"
                            : "'" + MappedAnswer.shorten(date) + "' is not a date (expected e.g. 2026-07-14, "
                                    + "2026/07/14 10:23:45 AM or 7/14/2026 10:23:45)");
                    continue;
                }
            }
            int counted = 0;
            int rejectedHere = 0;
            for (int q = 0; q < n; q++) {
                CharSequence raw = row.field(answerColumns[q]);
                long parsed = AnswerParser.parse(raw, yesNo[q]);
                valid[q] = false;
                if (parsed == AnswerParser.BLANK) {
                    continue;
                }
                MappedAnswer answer = answers.get(q);
                if (parsed >= answer.scaleMin() && parsed <= answer.scaleMax()) {
                    scores[q] = (int) parsed;
                    valid[q] = true;
                    counted++;
                } else {
                    rejectedHere++;
                    reject(row, answer.reference(), answer.rejectReason(parsed, raw));
                }
            }
            answersRejected += rejectedHere;
            if (counted == 0) {
                rejected++;
                if (rejectedHere == 0) {
                    reject(row, "", "no answer to any imported question");
                }
                continue;
            }
            accepted++;
            answersCounted += counted;
            if (hasId) {
                importedIds.add(idHash);
            }
            groups[0] = tally.group(0, month, -1);
            int groupCount = 1;
            for (int d = 0; d < segmentColumns.length; d++) {
                int value = dictionaries.get(d).idOf(row.field(segmentColumns[d]));
                if (value >= 0) {
                    groups[groupCount++] = tally.group(d + 1, month, value);
                }
            }
            for (int q = 0; q < n; q++) {
                if (valid[q]) {
                    for (int g = 0; g < groupCount; g++) {
                        tally.add(groups[g], q, scores[q]);
                    }
                }
            }
        }
        options.progress().progress(rowsRead, rows.bytesRead(), rows.totalBytes());
    }

    private void reject(SurveyRow row, String column, String reason) {
        if (rejects.size() < SurveyImporter.MAX_REPORTED_REJECTS) {
            String id = idColumn >= 0 ? AnswerParser.strip(row.field(idColumn)) : "";
            rejects.add(new AnswerReject(row.line(), id, column, reason));
        }
    }

    /** Rejections that make a strict import fail: rejected answers and rows with a bad date. */
    long strictFailures() {
        return answersRejected + badDateRows;
    }

    String fileName() {
        return fileName;
    }

    long rowsRead() {
        return rowsRead;
    }

    long accepted() {
        return accepted;
    }

    long rejected() {
        return rejected;
    }

    long duplicates() {
        return duplicates;
    }

    long answersCounted() {
        return answersCounted;
    }

    long answersRejected() {
        return answersRejected;
    }

    long badDateRows() {
        return badDateRows;
    }

    List<AnswerReject> rejects() {
        return rejects;
    }

    AnswerTally tally() {
        return tally;
    }

    List<SegmentDictionary> dictionaries() {
        return dictionaries;
    }

    ResponseIdSet importedIds() {
        return importedIds;
    }
}
