package org.cxworkbench.api.report;

import java.util.List;
import java.util.Objects;

/**
 * A table. Cells hold typed values so renderers can format them (numbers, percentages) and spreadsheets
 * keep them as numbers. A column may carry a formula over other columns of the same row, written with
 * column keys in braces, e.g. {@code ({promoters} - {detractors}) / {n} * 100}; spreadsheets then write a
 * live formula and every renderer shows the cell's value, which must equal the formula's result.
 *
 * @param key a stable key for the table within its section (sheet names, anchors)
 * @param caption the caption shown above the table, may be empty
 * @param columns the columns
 * @param rows the rows; each row has one cell per column
 * @param large whether the table may be long (renderers then stream it)
 */
public record Table(String key, String caption, List<Column> columns, List<List<Cell>> rows, boolean large)
        implements Block {

    /** How a column's values are formatted. */
    public enum Kind {
        /** Text from users or the workbench. */
        TEXT,
        /** A whole number. */
        INTEGER,
        /** A decimal number shown with one decimal. */
        DECIMAL,
        /** A percentage; the value is in percent (12.5 means 12.5 %). */
        PERCENT,
        /** A date or period, shown as text. */
        DATE,
        /** A status word, colour-coded by the cell's status. */
        STATUS
    }

    /**
     * A column.
     *
     * @param key the key formulas refer to
     * @param header the header text
     * @param kind how values are formatted
     * @param formula a formula over other columns of the row, or {@code null}
     * @param width the relative width, 1 to 10
     */
    public record Column(String key, String header, Kind kind, String formula, int width) {
        public Column {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(kind, "kind");
        }

        /** A column without formula, width 2. */
        public static Column of(String key, String header, Kind kind) {
            return new Column(key, header, kind, null, kind == Kind.TEXT ? 4 : 2);
        }
    }

    /**
     * A cell: a value ({@link String}, {@link Number} or {@code null}) and a status for colour coding.
     */
    public record Cell(Object value, Status status) {
        /** A cell without status colour. */
        public static Cell of(Object value) {
            return new Cell(value, Status.NEUTRAL);
        }

        /** The value as shown when no number format applies. */
        public String text() {
            return value == null ? "" : value.toString();
        }
    }

    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (List<Cell> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("table " + key + ": a row has " + row.size()
                        + " cells for " + columns.size() + " columns");
            }
        }
    }
}
