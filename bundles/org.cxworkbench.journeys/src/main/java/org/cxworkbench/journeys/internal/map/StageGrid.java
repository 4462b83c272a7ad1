package org.cxworkbench.journeys.internal.map;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A journey map as text: stages across as columns, one row per aspect (actions, touchpoints, ...). Each cell
 * holds a list of items; items are word-wrapped to the column width and start with "- " when a cell has
 * more than one.
 */
public final class StageGrid {

    private final int labelWidth;
    private final int columnWidth;
    private final List<String> stages;
    private final List<String> labels = new ArrayList<>();
    private final List<List<List<String>>> rows = new ArrayList<>();

    public StageGrid(List<String> stages, int labelWidth, int columnWidth) {
        this.stages = List.copyOf(stages);
        this.labelWidth = labelWidth;
        this.columnWidth = columnWidth;
    }

    /** Adds an aspect row: one list of items per stage. */
    public StageGrid row(String label, List<List<String>> cells) {
        labels.add(label);
        rows.add(cells);
        return this;
    }

    public void print(PrintWriter out) {
        printLines(out, "", stages.stream().map(s -> wrap(List.of(s))).toList());
        out.println("-".repeat(labelWidth + stages.size() * (columnWidth + 3)));
        for (int r = 0; r < rows.size(); r++) {
            printLines(out, labels.get(r), rows.get(r).stream().map(StageGrid.this::wrap).toList());
            out.println();
        }
    }

    private void printLines(PrintWriter out, String label, List<List<String>> wrappedCells) {
        int height = Math.max(1, wrappedCells.stream().mapToInt(List::size).max().orElse(1));
        for (int line = 0; line < height; line++) {
            StringBuilder text = new StringBuilder(pad(line == 0 ? label : "", labelWidth));
            for (List<String> cell : wrappedCells) {
                text.append(" | ").append(pad(line < cell.size() ? cell.get(line) : "", columnWidth));
            }
            out.println(text.toString().stripTrailing());
        }
    }

    private List<String> wrap(List<String> items) {
        List<String> lines = new ArrayList<>();
        boolean bullets = items.size() > 1;
        for (String item : items) {
            String prefix = bullets ? "- " : "";
            String indent = bullets ? "  " : "";
            List<String> wrapped = wrapText(item.strip(), columnWidth - prefix.length());
            for (int i = 0; i < wrapped.size(); i++) {
                lines.add((i == 0 ? prefix : indent) + wrapped.get(i));
            }
        }
        return lines;
    }

    /** Word-wraps a text to {@code width} characters; words longer than a line are broken. */
    static List<String> wrapText(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            while (word.length() > width) {
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
