package org.cxworkbench.warehouse.internal.sql;

/**
 * One KPI answered in one column of the table, with the integer scale its answers must lie on.
 *
 * @param kpiCode e.g. {@code NPS}
 * @param column the score column
 * @param scaleMin lowest valid score
 * @param scaleMax highest valid score
 */
public record MappedScore(String kpiCode, SqlIdentifier column, int scaleMin, int scaleMax) {

    public MappedScore {
        if (scaleMax < scaleMin) {
            throw new IllegalArgumentException("KPI " + kpiCode + ": scale " + scaleMin + "-" + scaleMax + " is empty");
        }
    }
}
