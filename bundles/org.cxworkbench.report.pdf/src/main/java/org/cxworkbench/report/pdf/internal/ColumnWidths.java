package org.cxworkbench.report.pdf.internal;

import java.util.List;
import java.util.Locale;

import com.lowagie.text.pdf.BaseFont;
import org.cxworkbench.api.report.Table;

/**
 * Column widths for a PDF table: the sections' relative widths, widened where needed so that no word of a
 * header or cell has to break in the middle ("Baseline", "achieved"), taken from the other columns' spare room.
 */
final class ColumnWidths {

    /** Cells looked at per column to find the longest word; enough for the shape of long tables. */
    private static final int SAMPLE_ROWS = 300;
    /** Left and right cell padding plus a hair for rounding, in points. */
    private static final float PADDING = 11f;
    /** A text column in a crowded table keeps at least this width (points) before sharing the rest. */
    private static final float TEXT_FLOOR = 52f;
    /** No column claims more than this share of the width just to keep one long word whole. */
    private static final float MAX_SHARE_FOR_A_WORD = 0.16f;

    private ColumnWidths() {
    }

    static float[] of(Table table, float available, BaseFont headerFont, BaseFont cellFont, float size,
            Locale locale) {
        int columns = table.columns().size();
        float[] minimum = new float[columns];
        float declaredTotal = 0;
        for (int c = 0; c < columns; c++) {
            Table.Column column = table.columns().get(c);
            minimum[c] = longestWord(column.header(), headerFont, size);
            List<List<Table.Cell>> rows = table.rows();
            for (int r = 0; r < Math.min(SAMPLE_ROWS, rows.size()); r++) {
                String text = ValueText.format(rows.get(r).get(c).value(), column.kind(), locale);
                BaseFont font = column.kind() == Table.Kind.STATUS ? headerFont : cellFont;
                minimum[c] = Math.max(minimum[c], longestWord(text, font, size));
            }
            minimum[c] = Math.min(minimum[c], available * MAX_SHARE_FOR_A_WORD);
            declaredTotal += Math.max(1, Math.min(10, column.width()));
        }
        float[] widths = new float[columns];
        float minimumTotal = 0;
        for (int c = 0; c < columns; c++) {
            widths[c] = available * Math.max(1, Math.min(10, table.columns().get(c).width())) / declaredTotal;
            minimumTotal += minimum[c];
        }
        if (minimumTotal >= available) {
            return crowded(table, widths, minimum, available);
        }
        // Widen the columns that are too narrow, paying with the room the others have above their minimum.
        float deficit = 0;
        float spare = 0;
        for (int c = 0; c < columns; c++) {
            if (widths[c] < minimum[c]) {
                deficit += minimum[c] - widths[c];
            } else {
                spare += widths[c] - minimum[c];
            }
        }
        if (deficit == 0) {
            return widths;
        }
        if (deficit >= spare) {
            return crowded(table, widths, minimum, available);
        }
        float share = deficit / spare;
        for (int c = 0; c < columns; c++) {
            widths[c] = widths[c] < minimum[c] ? minimum[c] : widths[c] - (widths[c] - minimum[c]) * share;
        }
        return widths;
    }

    /**
     * Too many columns for every word to stay whole: numbers, dates and status words keep their width (they
     * must not break), and the text columns share what is left in their declared proportions, wrapping.
     */
    private static float[] crowded(Table table, float[] declared, float[] minimum, float available) {
        int columns = declared.length;
        float fixed = 0;
        int textColumns = 0;
        float textDeclared = 0;
        for (int c = 0; c < columns; c++) {
            if (table.columns().get(c).kind() == Table.Kind.TEXT) {
                textColumns++;
                textDeclared += declared[c];
            } else {
                fixed += minimum[c];
            }
        }
        if (textColumns == 0 || fixed >= available) {
            return minimum;
        }
        float floor = Math.min(TEXT_FLOOR, (available - fixed) / textColumns);
        float[] widths = new float[columns];
        float used = fixed;
        for (int c = 0; c < columns; c++) {
            boolean text = table.columns().get(c).kind() == Table.Kind.TEXT;
            widths[c] = text ? Math.min(minimum[c], floor) : minimum[c];
            used += text ? widths[c] : 0;
        }
        float left = available - used;
        for (int c = 0; c < columns; c++) {
            if (table.columns().get(c).kind() == Table.Kind.TEXT) {
                widths[c] += left * declared[c] / textDeclared;
            }
        }
        return widths;
    }

    private static float longestWord(String text, BaseFont font, float size) {
        float longest = 0;
        for (String word : text.split("[\\s/]+")) {
            longest = Math.max(longest, font.getWidthPoint(word, size));
        }
        return longest + PADDING;
    }
}
