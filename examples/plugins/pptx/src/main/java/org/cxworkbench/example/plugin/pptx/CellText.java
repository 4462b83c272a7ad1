package org.cxworkbench.example.plugin.pptx;

import java.util.Locale;

import org.cxworkbench.api.report.Table;

/** A table cell as text on a slide, formatted by its column's kind (as the other report formats show it). */
final class CellText {

    private CellText() {
    }

    static String of(Table.Cell cell, Table.Kind kind, Locale locale) {
        Object value = cell.value();
        if (!(value instanceof Number number)) {
            return cell.text();
        }
        double d = number.doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return "–";
        }
        return switch (kind) {
            case INTEGER -> String.format(locale, "%,d", Math.round(d));
            case DECIMAL -> String.format(locale, "%,.1f", d);
            case PERCENT -> String.format(locale, "%,.1f %%", d);
            default -> cell.text();
        };
    }
}
