package org.cxworkbench.audit.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The translatable text of the audit report section, from {@code report.properties} and its translations. */
final class ReportText {

    private static final String BUNDLE = "org.cxworkbench.audit.internal.report";

    private final ResourceBundle bundle;
    private final Locale locale;

    ReportText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ReportText.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String get(String key) {
        return bundle.getString(key);
    }

    String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
