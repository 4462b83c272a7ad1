package org.cxworkbench.warehouse.internal.sql;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL of one warehouse import, in the portable subset that PostgreSQL, Trino, Spark SQL, DuckDB and
 * most other engines share: {@code EXTRACT(YEAR|MONTH FROM d)}, {@code BETWEEN}, {@code FLOOR},
 * {@code CAST(x AS INTEGER)}, {@code CASE}, {@code COUNT}, {@code SUM} and {@code GROUP BY} on the same
 * expressions as selected (no ordinals, no aliases in GROUP BY, no engine-specific date functions).
 *
 * <ul>
 * <li>One <b>aggregate query per KPI</b>: the number of valid answers per (year, month, segment columns,
 * score). Periods are grouped by month in SQL and folded into quarters in Java, so the same query serves
 * quarters and months and no {@code QUARTER} field or integer division is needed (both differ between
 * engines: PostgreSQL's {@code EXTRACT} returns numeric, so {@code (month - 1) / 3} would not truncate).</li>
 * <li>One <b>accounting query</b>: rows read, rows without a date, rows with at least one valid answer, and
 * per KPI the answers counted, blank, and rejected (outside the scale or not an integer), so every row and
 * every answer is accounted for.</li>
 * </ul>
 * Scale bounds are bound parameters; names are checked {@link SqlIdentifier}s quoted with the database's
 * identifier quote.
 */
public final class WarehouseQueries {

    private final WarehouseMapping mapping;
    private final String quote;
    private final List<BoundQuery> aggregates;
    private final BoundQuery accounting;

    private WarehouseQueries(WarehouseMapping mapping, String quote) {
        this.mapping = mapping;
        this.quote = quote;
        List<BoundQuery> perKpi = new ArrayList<>();
        for (MappedScore score : mapping.scores()) {
            perKpi.add(aggregate(score));
        }
        this.aggregates = List.copyOf(perKpi);
        this.accounting = buildAccounting();
    }

    /**
     * The queries for {@code mapping}, with names quoted by {@code quote} (the JDBC driver's
     * {@code getIdentifierQuoteString()}, {@code "} in standard SQL).
     */
    public static WarehouseQueries of(WarehouseMapping mapping, String quote) {
        return new WarehouseQueries(mapping, quote);
    }

    /** The aggregate query of each mapped KPI, in the order of {@link WarehouseMapping#scores()}. */
    public List<BoundQuery> aggregates() {
        return aggregates;
    }

    /** The accounting query. */
    public BoundQuery accounting() {
        return accounting;
    }

    /** The year expression selected by every aggregate query. */
    public String yearExpression() {
        return "EXTRACT(YEAR FROM " + name(mapping.date()) + ")";
    }

    /** The month expression selected by every aggregate query. */
    public String monthExpression() {
        return "EXTRACT(MONTH FROM " + name(mapping.date()) + ")";
    }

    private BoundQuery aggregate(MappedScore score) {
        String s = name(score.column());
        List<String> groups = new ArrayList<>();
        groups.add(yearExpression());
        groups.add(monthExpression());
        mapping.segments().values().forEach(column -> groups.add(name(column)));
        groups.add("CAST(" + s + " AS INTEGER)");
        String keys = String.join(", ", groups);
        String sql = "SELECT " + keys + ", COUNT(*)\nFROM " + name(mapping.table())
                + "\nWHERE " + name(mapping.date()) + " IS NOT NULL AND " + valid(s) + where("\n  AND ")
                + "\nGROUP BY " + keys;
        return new BoundQuery(score.kpiCode() + " answers per year, month, "
                + (mapping.segments().isEmpty() ? "" : "segment columns, ") + "score", sql,
                List.of(score.scaleMin(), score.scaleMax()));
    }

    private BoundQuery buildAccounting() {
        String d = name(mapping.date());
        List<String> columns = new ArrayList<>();
        List<Integer> parameters = new ArrayList<>();
        columns.add("COUNT(*)");
        columns.add(countWhen(d + " IS NULL"));
        columns.add(countWhen(d + " IS NOT NULL AND (" + mapping.scores().stream().map(sc -> valid(name(sc.column())))
                .collect(Collectors.joining(" OR ")) + ")"));
        mapping.scores().forEach(sc -> {
            parameters.add(sc.scaleMin());
            parameters.add(sc.scaleMax());
        });
        for (MappedScore score : mapping.scores()) {
            String s = name(score.column());
            columns.add(countWhen(d + " IS NOT NULL AND " + valid(s)));
            columns.add(countWhen(d + " IS NOT NULL AND " + s + " IS NULL"));
            columns.add(countWhen(d + " IS NOT NULL AND " + s + " IS NOT NULL AND NOT " + valid(s)));
            parameters.addAll(List.of(score.scaleMin(), score.scaleMax(), score.scaleMin(), score.scaleMax()));
        }
        mapping.id().ifPresent(id -> columns.add("COUNT(" + name(id) + ") - COUNT(DISTINCT " + name(id) + ")"));
        String sql = "SELECT " + String.join(",\n  ", columns) + "\nFROM " + name(mapping.table()) + where("\nWHERE ");
        return new BoundQuery("rows read, rows without a date, rows with a valid answer; per KPI "
                + mapping.scores().stream().map(MappedScore::kpiCode).collect(Collectors.joining(", "))
                + ": answers counted, blank, rejected" + (mapping.id().isPresent() ? "; duplicate response ids" : ""),
                sql, parameters);
    }

    private static String valid(String score) {
        return "(" + score + " BETWEEN ? AND ? AND " + score + " = FLOOR(" + score + "))";
    }

    private static String countWhen(String condition) {
        return "SUM(CASE WHEN " + condition + " THEN 1 ELSE 0 END)";
    }

    private String where(String prefix) {
        return mapping.where().map(w -> prefix + w.sql()).orElse("");
    }

    private String name(SqlIdentifier identifier) {
        return identifier.quoted(quote);
    }

    /**
     * Every query as a script, each preceded by a comment with its purpose and parameter values: what
     * {@code --print-sql} prints, and what the import record's checksum is computed from.
     */
    public String script() {
        StringBuilder text = new StringBuilder();
        List<BoundQuery> all = new ArrayList<>(aggregates);
        all.add(accounting);
        for (BoundQuery query : all) {
            text.append("-- ").append(query.purpose()).append('\n');
            text.append("-- parameters: ").append(query.parameters()).append('\n');
            text.append(query.sql()).append(";\n\n");
        }
        return text.toString();
    }

    /** SHA-256 of {@link #script()}, lower-case hex. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(script().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
