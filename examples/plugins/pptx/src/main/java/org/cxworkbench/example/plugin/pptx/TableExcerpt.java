package org.cxworkbench.example.plugin.pptx;

import java.util.List;

import org.cxworkbench.api.report.Table;

/**
 * The first rows of a table that fit on a slide, and how many were left out.
 *
 * @param rows the rows shown
 * @param cut the number of rows left out
 */
record TableExcerpt(List<List<Table.Cell>> rows, int cut) {

    static TableExcerpt of(Table table, int maxRows) {
        int shown = Math.min(Math.max(0, maxRows), table.rows().size());
        return new TableExcerpt(table.rows().subList(0, shown), table.rows().size() - shown);
    }
}
