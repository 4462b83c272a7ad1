package org.cxworkbench.report.internal.summary;

import java.util.Locale;

/** How the summary writes numbers in text: one decimal, a sign on changes, a dash for none. */
final class Figures {

    static final String NONE = "–";

    private Figures() {
    }

    static String value(double v, Locale locale) {
        return Double.isNaN(v) ? NONE : String.format(locale, "%.1f", v);
    }

    static String change(double v, Locale locale) {
        return Double.isNaN(v) ? NONE : String.format(locale, "%+.1f", v);
    }

    /** A table cell value: the number, or {@code null} for none. */
    static Double cell(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
