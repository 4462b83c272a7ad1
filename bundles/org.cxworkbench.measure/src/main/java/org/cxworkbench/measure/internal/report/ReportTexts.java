package org.cxworkbench.measure.internal.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The translated text of the KPI section, from {@code KpiReport*.properties}. */
final class ReportTexts {

    private static final String BASE_NAME = "org.cxworkbench.measure.internal.report.KpiReport";

    private final ResourceBundle bundle;
    private final Locale locale;

    ReportTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BASE_NAME, locale, ReportTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    String format(String key, Object... arguments) {
        return new MessageFormat(get(key), locale).format(arguments);
    }

    String segment(String segmentKey) {
        return segmentKey.isEmpty() ? get("segment.all") : segmentKey;
    }

    Locale locale() {
        return locale;
    }
}
