package org.cxworkbench.plan.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The ISO dates ({@code yyyy-MM-dd}) of strategy files, read leniently: blank or malformed gives empty. */
public final class IsoDate {

    private IsoDate() {
    }

    /** The date, or empty when the text is blank or not a valid {@code yyyy-MM-dd} date. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.trim()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Whether the text is blank or a valid date. */
    public static boolean isBlankOrValid(String text) {
        return text == null || text.isBlank() || parse(text).isPresent();
    }
}
