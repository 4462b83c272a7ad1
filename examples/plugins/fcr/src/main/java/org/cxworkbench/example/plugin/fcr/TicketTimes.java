package org.cxworkbench.example.plugin.fcr;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads the times of a ticket export and names the period a ticket belongs to. */
final class TicketTimes {

    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");

    private TicketTimes() {
    }

    /**
     * A time as written in the export: {@code 2026-01-02T11:34:00Z}, {@code 2026-01-02T11:34:00+01:00},
     * {@code 2026-01-02T11:34:00}, {@code 2026-01-02 11:34} or {@code 2026-01-02}.
     *
     * @throws IllegalArgumentException naming the accepted forms
     */
    static LocalDateTime parse(String text) {
        String t = text.trim();
        try {
            if (t.length() == 10) {
                return LocalDate.parse(t).atStartOfDay();
            }
            if (t.endsWith("Z") || t.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return OffsetDateTime.parse(t).toLocalDateTime();
            }
            return t.indexOf('T') > 0 ? LocalDateTime.parse(t) : LocalDateTime.parse(t, SPACED);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a time like 2026-07-01T09:30:00Z, "
                    + "2026-07-01 09:30 or 2026-07-01");
        }
    }

    /** The quarter ({@code 2026-Q3}) or month ({@code 2026-09}) of a time. */
    static String period(LocalDateTime time, boolean monthly) {
        return monthly ? String.format("%04d-%02d", time.getYear(), time.getMonthValue())
                : time.getYear() + "-Q" + ((time.getMonthValue() - 1) / 3 + 1);
    }

    /** Whether a strategy's periods are months ({@code 2026-09}) rather than quarters. */
    static boolean monthly(String currentPeriod) {
        return currentPeriod != null && currentPeriod.matches("\\d{4}-\\d{2}");
    }
}
