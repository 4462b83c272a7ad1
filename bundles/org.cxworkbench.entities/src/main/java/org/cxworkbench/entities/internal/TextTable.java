package org.cxworkbench.entities.internal;

import java.io.PrintWriter;
import java.util.List;

/** Prints rows as aligned columns; long cells are cut with an ellipsis so a row fits one line. */
final class TextTable {

    private static final int MAX_WIDTH = 40;

    private TextTable() {
    }

    static void print(List<List<String>> rows, PrintWriter out) {
        if (rows.isEmpty()) {
            return;
        }
        int columns = rows.get(0).size();
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.min(MAX_WIDTH, Math.max(widths[i], row.get(i).length()));
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                String cell = row.get(i).replace('\n', ' ');
                if (cell.length() > MAX_WIDTH) {
                    cell = cell.substring(0, MAX_WIDTH - 1) + "…";
                }
                line.append(cell);
                if (i < columns - 1) {
                    line.append(" ".repeat(widths[i] - cell.length() + 2));
                }
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
