package org.cxworkbench.report.pdf.internal;

import java.util.Locale;

import org.cxworkbench.api.report.Table;

/** Table values as text, with the same number formats as the spreadsheet: 0, 0.0 and 0.0 %. */
final class ValueText {

    private ValueText() {
    }

    static String format(Object value, Table.Kind kind, Locale locale) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            if (Double.isNaN(d)) {
                return "";
            }
            return switch (kind) {
                case INTEGER -> String.format(locale, "%.0f", d);
                case PERCENT -> String.format(locale, "%.1f%%", d);
                case DECIMAL -> String.format(locale, "%.1f", d);
                default -> (d == Math.rint(d) && Math.abs(d) < 1e15) ? String.format(locale, "%.0f", d)
                        : String.format(locale, "%.1f", d);
            };
        }
        return value.toString();
    }

    static boolean numeric(Table.Kind kind) {
        return kind == Table.Kind.INTEGER || kind == Table.Kind.DECIMAL || kind == Table.Kind.PERCENT;
    }
}
