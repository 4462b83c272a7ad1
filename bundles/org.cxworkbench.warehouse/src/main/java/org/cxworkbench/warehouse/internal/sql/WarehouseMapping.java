package org.cxworkbench.warehouse.internal.sql;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the answers are in the database: the table, one score column per KPI, the date column, segment
 * columns and an optional response id column and row filter. Every name is a checked {@link SqlIdentifier}.
 *
 * @param table the table or view, optionally {@code schema.table}
 * @param scores the KPI columns, in order
 * @param date the column whose DATE or TIMESTAMP value decides the period
 * @param segments segment name to column, in order
 * @param id the response id column, used only to report duplicate ids
 * @param where the operator's extra row filter
 */
public record WarehouseMapping(SqlIdentifier table, List<MappedScore> scores, SqlIdentifier date,
        Map<String, SqlIdentifier> segments, Optional<SqlIdentifier> id, Optional<WhereCondition> where) {

    public WarehouseMapping {
        if (scores.isEmpty()) {
            throw new IllegalArgumentException("--map: at least one KPI=COLUMN is required");
        }
        scores = List.copyOf(scores);
        segments = Collections.unmodifiableMap(new LinkedHashMap<>(segments));
        for (String name : segments.keySet()) {
            if (name.isBlank() || name.contains("=")) {
                throw new IllegalArgumentException("--segment " + name + ": a segment name must not be blank or contain '='");
            }
        }
        id = id == null ? Optional.empty() : id;
        where = where == null ? Optional.empty() : where;
    }
}
