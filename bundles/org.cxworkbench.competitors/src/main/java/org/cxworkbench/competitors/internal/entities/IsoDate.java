package org.cxworkbench.competitors.internal.entities;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Checks of ISO dates ({@code yyyy-MM-dd}) typed by users. */
final class IsoDate {

    private IsoDate() {
    }

    /** Whether the text is a real calendar date written yyyy-MM-dd. */
    static boolean valid(String text) {
        if (text == null || !text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return false;
        }
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Throws a user message naming the element when the date is set but not yyyy-MM-dd. */
    static void requireValidIfSet(String text, String element) {
        if (text != null && !text.isBlank() && !valid(text.strip())) {
            throw new IllegalArgumentException(element + ": date '" + text + "' is not a date written yyyy-MM-dd");
        }
    }
}
