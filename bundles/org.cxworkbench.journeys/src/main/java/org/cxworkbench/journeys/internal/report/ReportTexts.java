package org.cxworkbench.journeys.internal.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The translated texts of the journeys report section, from {@code journeys.properties} (UTF-8). */
final class ReportTexts {

    private static final String BASE_NAME = "org.cxworkbench.journeys.internal.report.journeys";

    private final ResourceBundle bundle;
    private final Locale locale;

    ReportTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BASE_NAME, locale, ReportTexts.class.getClassLoader());
    }

    String text(String key) {
        return bundle.getString(key);
    }

    String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** The label of an enum literal, e.g. {@code channel.MOBILE_APP}; the literal itself when missing. */
    String literal(String prefix, Enum<?> literal) {
        String key = prefix + "." + literal.name();
        return bundle.containsKey(key) ? bundle.getString(key) : literal.name();
    }
}
