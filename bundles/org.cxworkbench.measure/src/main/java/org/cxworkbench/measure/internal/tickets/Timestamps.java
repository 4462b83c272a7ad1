package org.cxworkbench.measure.internal.tickets;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/**
 * Parses ticket timestamps: ISO-8601 with or without an offset or zone ({@code 2026-07-03T16:00:00Z},
 * {@code 2026-07-03T16:00:00+02:00}, {@code 2026-07-03T16:00[Europe/Amsterdam]}, {@code 2026-07-03T16:00})
 * and {@code yyyy-MM-dd HH:mm[:ss]}. The common forms are read by hand, because help-desk exports have
 * millions of them; anything else goes through {@link DateTimeFormatter#ISO_DATE_TIME}.
 */
final class Timestamps {

    /** A parsed timestamp: with a zone when the text had an offset or zone, else a local date-time. */
    record Stamp(LocalDateTime local, ZonedDateTime zoned) {
        boolean isZoned() {
            return zoned != null;
        }
    }

    private Timestamps() {
    }

    /** @throws DateTimeParseException if the text is none of the accepted forms */
    static Stamp parse(String text) {
        String t = text.trim();
        Stamp fast = parseCommon(t);
        if (fast != null) {
            return fast;
        }
        String iso = t.length() > 10 && t.charAt(10) == ' ' ? t.substring(0, 10) + "T" + t.substring(11) : t;
        TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(iso, ZonedDateTime::from,
                LocalDateTime::from);
        if (parsed instanceof ZonedDateTime zoned) {
            return new Stamp(zoned.toLocalDateTime(), zoned);
        }
        return new Stamp((LocalDateTime) parsed, null);
    }

    /**
     * {@code yyyy-MM-dd[T| ]HH:mm[:ss[.fraction]][Z|+HH:mm|-HH:mm]}, or {@code null} if the text is not of
     * that form (then the general parser decides, and reports the error).
     */
    private static Stamp parseCommon(String t) {
        int n = t.length();
        if (n < 16 || t.charAt(4) != '-' || t.charAt(7) != '-' || (t.charAt(10) != 'T' && t.charAt(10) != ' ')
                || t.charAt(13) != ':') {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 2);
        int day = digits(t, 8, 2);
        int hour = digits(t, 11, 2);
        int minute = digits(t, 14, 2);
        int second = 0;
        int nano = 0;
        int pos = 16;
        if (pos < n && t.charAt(pos) == ':') {
            second = digits(t, pos + 1, 2);
            pos += 3;
            if (pos < n && t.charAt(pos) == '.') {
                int start = ++pos;
                while (pos < n && Character.isDigit(t.charAt(pos)) && pos - start < 9) {
                    pos++;
                }
                if (pos == start || (pos < n && Character.isDigit(t.charAt(pos)))) {
                    return null;
                }
                nano = digits(t, start, pos - start);
                for (int i = pos - start; i < 9; i++) {
                    nano *= 10;
                }
            }
        }
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || nano < 0) {
            return null;
        }
        ZoneOffset offset = null;
        if (pos < n) {
            char c = t.charAt(pos);
            if (c == 'Z' && pos == n - 1) {
                offset = ZoneOffset.UTC;
            } else if ((c == '+' || c == '-') && n - pos == 6 && t.charAt(pos + 3) == ':') {
                int h = digits(t, pos + 1, 2);
                int m = digits(t, pos + 4, 2);
                if (h < 0 || m < 0) {
                    return null;
                }
                try {
                    offset = ZoneOffset.ofHoursMinutes(c == '+' ? h : -h, c == '+' ? m : -m);
                } catch (DateTimeException e) {
                    return null;
                }
            } else {
                return null;
            }
        }
        LocalDateTime local;
        try {
            local = LocalDateTime.of(year, month, day, hour, minute, second, nano);
        } catch (DateTimeException e) {
            throw new DateTimeParseException(e.getMessage(), t, 0, e);
        }
        return new Stamp(local, offset == null ? null : local.atZone(offset));
    }

    /** The non-negative number in {@code t[from, from + count)}, or -1 if it is not all digits. */
    private static int digits(String t, int from, int count) {
        if (from + count > t.length()) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
