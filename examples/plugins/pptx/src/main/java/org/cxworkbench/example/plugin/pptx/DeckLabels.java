package org.cxworkbench.example.plugin.pptx;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The deck's own slide titles and notes, from {@code deck.properties} (UTF-8) in the report's language. */
final class DeckLabels {

    private final ResourceBundle bundle;
    private final Locale locale;

    private DeckLabels(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The labels for a language tag such as {@code en} or {@code de-DE}; English when not translated. */
    static DeckLabels of(String languageTag) {
        Locale locale = languageTag == null || languageTag.isBlank() ? Locale.ENGLISH : Locale.forLanguageTag(languageTag);
        return new DeckLabels(ResourceBundle.getBundle("org.cxworkbench.example.plugin.pptx.deck", locale,
                DeckLabels.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)),
                locale);
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
