package org.cxworkbench.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reference: DuckDB reads the CSV with {@code read_csv} (types and dialect detected) and computes NPS,
 * CSAT top-box and CES mean per quarter and touchpoint with one {@code GROUP BY}, on {@code threads}
 * threads, in an in-memory database.
 */
final class DuckDbSide {

    static final String SQL = """
            SELECT year(EndDate) || '-Q' || quarter(EndDate) AS period, Touchpoint,
              count(Q_NPS) AS nps_n,
              100.0 * (count_if(Q_NPS >= 9) - count_if(Q_NPS <= 6)) / count(Q_NPS) AS nps,
              count(Q_CSAT) AS csat_n,
              100.0 * count_if(Q_CSAT >= 4) / count(Q_CSAT) AS csat_top_box,
              count(Q_CES) AS ces_n,
              avg(Q_CES) AS ces_mean
            FROM read_csv('%s')
            GROUP BY ALL""";

    private DuckDbSide() {
    }

    /** Quarter + "|" + touchpoint to figures. */
    static Map<String, KpiFigures> compute(Path csv, int threads) throws SQLException {
        Map<String, KpiFigures> figures = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute("SET threads = " + threads);
            try (ResultSet rows = statement.executeQuery(String.format(SQL, csv.toAbsolutePath().toString()
                    .replace("'", "''")))) {
                while (rows.next()) {
                    figures.put(rows.getString(1) + "|" + rows.getString(2), new KpiFigures(rows.getLong(3),
                            rows.getDouble(4), rows.getLong(5), rows.getDouble(6), rows.getLong(7), rows.getDouble(8)));
                }
            }
        }
        return figures;
    }
}
