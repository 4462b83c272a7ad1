package org.cxworkbench.warehouse.internal.sql;

import java.util.List;

/**
 * One SQL statement with its {@code ?} parameters, in order. Parameters are only ever bound, never
 * written into the text.
 *
 * @param purpose what the query computes, printed as a comment above it
 * @param sql the statement
 * @param parameters the values of its {@code ?} markers
 */
public record BoundQuery(String purpose, String sql, List<Integer> parameters) {

    public BoundQuery {
        parameters = List.copyOf(parameters);
        long markers = sql.chars().filter(c -> c == '?').count();
        if (markers != parameters.size()) {
            throw new IllegalStateException(markers + " parameter markers but " + parameters.size() + " values in " + sql);
        }
    }
}
