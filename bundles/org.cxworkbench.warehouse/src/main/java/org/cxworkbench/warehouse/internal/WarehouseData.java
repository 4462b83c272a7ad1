package org.cxworkbench.warehouse.internal;

import java.util.List;
import java.util.SortedSet;

import org.cxworkbench.survey.api.ResponseAggregator;

/**
 * What the queries returned: the aggregated answers and the accounting of every row and answer.
 *
 * @param answers answer counts per KPI, period, segment and score
 * @param periods every period that has at least one counted answer, per the import's period length
 * @param rowsRead rows of the table (after {@code --where})
 * @param rowsWithoutDate rows whose date is NULL: none of their answers counts
 * @param rowsAccepted rows with a date and at least one valid answer
 * @param accounts per KPI, what happened to its answers
 * @param duplicateIds rows whose response id occurs more than once (0 without {@code --id})
 */
public record WarehouseData(ResponseAggregator answers, SortedSet<String> periods, long rowsRead, long rowsWithoutDate,
        long rowsAccepted, List<AnswerAccount> accounts, long duplicateIds) {

    /** Rows of which no answer counted (no date, or no valid answer). */
    public long rowsRejected() {
        return rowsRead - rowsAccepted;
    }

    /** Answers counted over all KPIs. */
    public long answersCounted() {
        return accounts.stream().mapToLong(AnswerAccount::counted).sum();
    }

    /** Answers rejected over all KPIs. */
    public long answersRejected() {
        return accounts.stream().mapToLong(AnswerAccount::rejected).sum();
    }
}
