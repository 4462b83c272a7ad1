package org.cxworkbench.warehouse.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import org.cxworkbench.survey.api.Granularity;
import org.cxworkbench.survey.api.ResponseAggregator;
import org.cxworkbench.warehouse.internal.sql.BoundQuery;
import org.cxworkbench.warehouse.internal.sql.MappedScore;
import org.cxworkbench.warehouse.internal.sql.WarehouseMapping;
import org.cxworkbench.warehouse.internal.sql.WarehouseQueries;

/**
 * Runs the queries of one import in a single read-only transaction (repeatable read where the database
 * offers it, so all queries see the same rows) and folds the grouped rows into a {@link ResponseAggregator}:
 * every group adds its count to the overall segment {@code ""} and to {@code NAME=value} of each segment
 * column with a non-blank value, as the file import does.
 */
final class WarehouseReader {

    private final WarehouseMapping mapping;
    private final WarehouseQueries queries;
    private final Granularity granularity;

    WarehouseReader(WarehouseMapping mapping, WarehouseQueries queries, Granularity granularity) {
        this.mapping = mapping;
        this.queries = queries;
        this.granularity = granularity;
    }

    WarehouseData read(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        connection.setReadOnly(true);
        if (connection.getMetaData().supportsTransactionIsolationLevel(Connection.TRANSACTION_REPEATABLE_READ)) {
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        }
        try {
            ResponseAggregator answers = new ResponseAggregator();
            SortedSet<String> periods = new TreeSet<>();
            long[] aggregated = new long[mapping.scores().size()];
            for (int k = 0; k < mapping.scores().size(); k++) {
                aggregated[k] = readAggregate(connection, queries.aggregates().get(k), mapping.scores().get(k), answers,
                        periods);
            }
            WarehouseData data = readAccounting(connection, answers, periods);
            for (int k = 0; k < aggregated.length; k++) {
                AnswerAccount account = data.accounts().get(k);
                if (account.counted() != aggregated[k]) {
                    throw new SQLException("table " + mapping.table() + " changed while it was read: " + account.kpiCode()
                            + " grouped " + aggregated[k] + " answers but counted " + account.counted()
                            + "; run the import again");
                }
            }
            return data;
        } finally {
            connection.rollback();
        }
    }

    private long readAggregate(Connection connection, BoundQuery query, MappedScore score, ResponseAggregator answers,
            SortedSet<String> periods) throws SQLException {
        List<String> segmentNames = new ArrayList<>(mapping.segments().keySet());
        long total = 0;
        try (PreparedStatement statement = prepare(connection, query); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                int year = rows.getInt(1);
                int month = rows.getInt(2);
                String period = granularity.periodOf(year, month);
                int scoreColumn = 3 + segmentNames.size();
                int value = rows.getInt(scoreColumn);
                long count = rows.getLong(scoreColumn + 1);
                periods.add(period);
                answers.add(score.kpiCode(), period, "", value, count);
                for (int s = 0; s < segmentNames.size(); s++) {
                    String segmentValue = rows.getString(3 + s);
                    if (segmentValue != null && !segmentValue.isBlank()) {
                        answers.add(score.kpiCode(), period, segmentNames.get(s) + "=" + segmentValue.strip(), value,
                                count);
                    }
                }
                total += count;
            }
        }
        return total;
    }

    private WarehouseData readAccounting(Connection connection, ResponseAggregator answers, SortedSet<String> periods)
            throws SQLException {
        try (PreparedStatement statement = prepare(connection, queries.accounting());
                ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
                throw new SQLException("the accounting query returned no row");
            }
            long rowsRead = rows.getLong(1);
            long withoutDate = rows.getLong(2);
            long accepted = rows.getLong(3);
            List<AnswerAccount> accounts = new ArrayList<>();
            int column = 4;
            for (MappedScore score : mapping.scores()) {
                accounts.add(new AnswerAccount(score.kpiCode(), score.column().text(), rows.getLong(column),
                        rows.getLong(column + 1), rows.getLong(column + 2)));
                column += 3;
            }
            long duplicates = mapping.id().isPresent() ? rows.getLong(column) : 0;
            return new WarehouseData(answers, periods, rowsRead, withoutDate, accepted, accounts, duplicates);
        }
    }

    private static PreparedStatement prepare(Connection connection, BoundQuery query) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(query.sql());
        for (int i = 0; i < query.parameters().size(); i++) {
            statement.setInt(i + 1, query.parameters().get(i));
        }
        return statement;
    }
}
