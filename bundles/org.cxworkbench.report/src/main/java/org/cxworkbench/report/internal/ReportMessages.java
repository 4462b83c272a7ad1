package org.cxworkbench.report.internal;

import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The report's translatable text, from {@code org/cxworkbench/report/internal/report*.properties} (UTF-8,
 * English default). Keys are documented in the default file. Missing keys show as {@code !key!} so a
 * translator sees them, never as an exception.
 */
public final class ReportMessages {

    static final String BUNDLE = "org.cxworkbench.report.internal.report";
    /** Label keys handed to renderers through {@link org.cxworkbench.api.report.ReportDocument#labels()}. */
    private static final String LABEL_PREFIX = "label.";

    private final ResourceBundle bundle;
    private final Locale locale;

    private ReportMessages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The messages for a locale; the English default when there is no translation. */
    public static ReportMessages forLocale(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, ReportMessages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new ReportMessages(bundle, locale);
    }

    /** The text for a key, with {@link MessageFormat} arguments. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    /** Whether the key exists. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The renderers' labels: every {@code label.*} key without its prefix. */
    public Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        bundle.keySet().stream().filter(k -> k.startsWith(LABEL_PREFIX)).sorted()
                .forEach(k -> labels.put(k.substring(LABEL_PREFIX.length()), bundle.getString(k)));
        return labels;
    }

    /** The locale the text is in. */
    public Locale locale() {
        return locale;
    }
}
