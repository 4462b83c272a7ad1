package org.cxworkbench.goals.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reporting periods as written in strategy files: quarters ({@code 2026-Q3}) and months ({@code 2026-09}). */
final class Periods {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");

    /** A period's first and last day. */
    record Span(String period, LocalDate start, LocalDate end) {
    }

    private Periods() {
    }

    static boolean isPeriod(String text) {
        return text != null && (QUARTER.matcher(text).matches() || MONTH.matcher(text).matches());
    }

    static boolean isQuarter(String text) {
        return text != null && QUARTER.matcher(text).matches();
    }

    /** The first and last day of a period, or empty if the text is not a period. */
    static Optional<Span> span(String period) {
        if (period == null) {
            return Optional.empty();
        }
        Matcher q = QUARTER.matcher(period);
        if (q.matches()) {
            int year = Integer.parseInt(q.group(1));
            int quarter = Integer.parseInt(q.group(2));
            YearMonth first = YearMonth.of(year, quarter * 3 - 2);
            return Optional.of(new Span(period, first.atDay(1), first.plusMonths(2).atEndOfMonth()));
        }
        Matcher m = MONTH.matcher(period);
        if (m.matches()) {
            YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            return Optional.of(new Span(period, month.atDay(1), month.atEndOfMonth()));
        }
        return Optional.empty();
    }

    /** A quarter's index counted from year 0 ({@code 2026-Q3} is 2026 * 4 + 2), for "is the next quarter" tests. */
    static int quarterIndex(String quarter) {
        Matcher q = QUARTER.matcher(quarter);
        if (!q.matches()) {
            throw new IllegalArgumentException("not a quarter: " + quarter);
        }
        return Integer.parseInt(q.group(1)) * 4 + Integer.parseInt(q.group(2)) - 1;
    }

    /** An ISO date {@code yyyy-MM-dd}, or empty. */
    static Optional<LocalDate> date(String text) {
        if (text == null || !text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
