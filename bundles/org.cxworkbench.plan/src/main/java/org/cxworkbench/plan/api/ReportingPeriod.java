package org.cxworkbench.plan.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period as written in strategy files: a quarter such as {@code 2026-Q3} or a month such as
 * {@code 2026-09}, with its first and last day. Reports take "today" as the last day of their period so that
 * a report of 2026-Q3 is the same whenever it is produced.
 *
 * @param text the period as written
 * @param start the first day
 * @param end the last day
 */
public record ReportingPeriod(String text, LocalDate start, LocalDate end) implements Comparable<ReportingPeriod> {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");

    public ReportingPeriod {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /**
     * Parses {@code 2026-Q3} or {@code 2026-09}.
     *
     * @throws IllegalArgumentException naming the text if it is neither
     */
    public static ReportingPeriod parse(String text) {
        if (text != null) {
            Matcher quarter = QUARTER.matcher(text.trim());
            if (quarter.matches()) {
                int year = Integer.parseInt(quarter.group(1));
                int q = Integer.parseInt(quarter.group(2));
                YearMonth first = YearMonth.of(year, (q - 1) * 3 + 1);
                return new ReportingPeriod(text.trim(), first.atDay(1), first.plusMonths(2).atEndOfMonth());
            }
            Matcher month = MONTH.matcher(text.trim());
            if (month.matches()) {
                YearMonth ym = YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)));
                return new ReportingPeriod(text.trim(), ym.atDay(1), ym.atEndOfMonth());
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a period like 2026-Q3 or 2026-09");
    }

    /** Whether {@code text} is a period like {@code 2026-Q3} or {@code 2026-09}. */
    public static boolean isValid(String text) {
        return text != null && (QUARTER.matcher(text.trim()).matches() || MONTH.matcher(text.trim()).matches());
    }

    /** Whether the day lies inside this period. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** Whether this is a quarter ({@code 2026-Q3}) rather than a month. */
    public boolean isQuarter() {
        return text.contains("Q");
    }

    /** Whether both periods are quarters or both are months. */
    public boolean sameKindAs(ReportingPeriod other) {
        return isQuarter() == other.isQuarter();
    }

    /** Orders periods by their last day, then by their first day (a month ends inside its quarter). */
    @Override
    public int compareTo(ReportingPeriod other) {
        int byEnd = end.compareTo(other.end);
        return byEnd != 0 ? byEnd : other.start.compareTo(start);
    }

    @Override
    public String toString() {
        return text;
    }
}
