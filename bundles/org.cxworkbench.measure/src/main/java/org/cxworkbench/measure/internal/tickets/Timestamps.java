package org.cxworkbench.measure.internal.tickets;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.regex.Pattern;

/**
 * Parses ticket timestamps: ISO-8601 with or without an offset or zone ({@code 2026-07-03T16:00:00Z},
 * {@code 2026-07-03T16:00:00+02:00}, {@code 2026-07-03T16:00[Europe/Amsterdam]}, {@code 2026-07-03T16:00})
 * and {@code yyyy-MM-dd HH:mm[:ss]}.
 */
final class Timestamps {

    /** A parsed timestamp: with a zone when the text had an offset or zone, else a local date-time. */
    record Stamp(LocalDateTime local, ZonedDateTime zoned) {
        boolean isZoned() {
            return zoned != null;
        }
    }

    private static final Pattern SPACE_SEPARATED = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}.*");

    private Timestamps() {
    }

    /** @throws DateTimeParseException if the text is none of the accepted forms */
    static Stamp parse(String text) {
        String iso = text.trim();
        if (SPACE_SEPARATED.matcher(iso).matches()) {
            iso = iso.substring(0, 10) + "T" + iso.substring(11);
        }
        TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(iso, ZonedDateTime::from,
                LocalDateTime::from);
        if (parsed instanceof ZonedDateTime zoned) {
            return new Stamp(zoned.toLocalDateTime(), zoned);
        }
        return new Stamp((LocalDateTime) parsed, null);
    }
}
