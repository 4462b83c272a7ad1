package org.cxworkbench.measure.internal.tickets;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Working time: Monday to Friday between a start and an end time of day (e.g. 09:00-17:00). Public
 * holidays are not known and count as working days.
 */
record BusinessHours(LocalTime start, LocalTime end) {

    BusinessHours {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("business hours end " + end + " is not after their start " + start);
        }
    }

    /** Parses {@code HH:mm-HH:mm}; empty if the text is not of that form or the end is not after the start. */
    static Optional<BusinessHours> parse(String text) {
        String[] parts = text.trim().split("-");
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            LocalTime start = LocalTime.parse(parts[0].trim());
            LocalTime end = LocalTime.parse(parts[1].trim());
            return end.isAfter(start) ? Optional.of(new BusinessHours(start, end)) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The working time between two local date-times (zero if {@code to} is not after {@code from}). */
    Duration between(LocalDateTime from, LocalDateTime to) {
        Duration total = Duration.ZERO;
        for (LocalDate day = from.toLocalDate(); !day.isAfter(to.toLocalDate()); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            LocalDateTime open = max(day.atTime(start), from);
            LocalDateTime close = min(day.atTime(end), to);
            if (close.isAfter(open)) {
                total = total.plus(Duration.between(open, close));
            }
        }
        return total;
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }

    private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }
}
