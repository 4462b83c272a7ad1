package org.cxworkbench.measure.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reporting periods: quarters such as {@code 2026-Q3} and months such as {@code 2026-09}. Periods sort
 * chronologically by the month they end in; a month sorts before the quarter that ends with it.
 */
public final class Periods {

    /** How long a period is. */
    public enum Granularity {
        QUARTER, MONTH
    }

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");

    /** Chronological order; invalid periods sort last, alphabetically. */
    public static final Comparator<String> CHRONOLOGICAL = Comparator
            .comparingLong((String p) -> isValid(p) ? sortKey(p) : Long.MAX_VALUE)
            .thenComparing(Comparator.naturalOrder());

    private Periods() {
    }

    /** Whether {@code period} is a quarter ({@code 2026-Q3}) or a month ({@code 2026-09}). */
    public static boolean isValid(String period) {
        return period != null && (QUARTER.matcher(period).matches() || MONTH.matcher(period).matches());
    }

    /** The granularity of a valid period. */
    public static Granularity granularity(String period) {
        requireValid(period);
        return QUARTER.matcher(period).matches() ? Granularity.QUARTER : Granularity.MONTH;
    }

    /** The period before: {@code 2026-Q3} gives {@code 2026-Q2}, {@code 2026-01} gives {@code 2025-12}. */
    public static String previous(String period) {
        return shift(period, -1);
    }

    /** The period after: {@code 2026-Q4} gives {@code 2027-Q1}. */
    public static String next(String period) {
        return shift(period, 1);
    }

    /** The period {@code steps} periods away (negative: earlier), of the same granularity. */
    public static String shift(String period, int steps) {
        requireValid(period);
        Matcher q = QUARTER.matcher(period);
        if (q.matches()) {
            int index = Integer.parseInt(q.group(1)) * 4 + Integer.parseInt(q.group(2)) - 1 + steps;
            return String.format("%04d-Q%d", Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
        }
        Matcher m = MONTH.matcher(period);
        m.matches();
        int index = Integer.parseInt(m.group(1)) * 12 + Integer.parseInt(m.group(2)) - 1 + steps;
        return String.format("%04d-%02d", Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
    }

    /**
     * The period and the {@code count - 1} periods before it, oldest first: the window of a trend chart
     * ({@code trend("2026-Q3", 3)} gives {@code 2026-Q1, 2026-Q2, 2026-Q3}).
     *
     * @since 1.1
     */
    public static List<String> trend(String period, int count) {
        requireValid(period);
        List<String> periods = new ArrayList<>();
        for (int back = count - 1; back >= 0; back--) {
            periods.add(shift(period, -back));
        }
        return periods;
    }

    /** The period of the given granularity that contains {@code date}. */
    public static String of(LocalDate date, Granularity granularity) {
        int year = date.getYear();
        String yearText = year >= 1000 && year <= 9999 ? Integer.toString(year) : String.format("%04d", year);
        int month = date.getMonthValue();
        return granularity == Granularity.QUARTER ? yearText + "-Q" + ((month - 1) / 3 + 1)
                : yearText + (month < 10 ? "-0" : "-") + month;
    }

    /** The first day of a valid period. */
    public static LocalDate firstDay(String period) {
        requireValid(period);
        Matcher q = QUARTER.matcher(period);
        if (q.matches()) {
            return LocalDate.of(Integer.parseInt(q.group(1)), (Integer.parseInt(q.group(2)) - 1) * 3 + 1, 1);
        }
        Matcher m = MONTH.matcher(period);
        m.matches();
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
    }

    /** The granularity named {@code quarter} or {@code month}, case-insensitively. */
    public static Optional<Granularity> granularityNamed(String name) {
        for (Granularity g : Granularity.values()) {
            if (g.name().equalsIgnoreCase(name)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }

    private static long sortKey(String period) {
        Matcher q = QUARTER.matcher(period);
        if (q.matches()) {
            long endMonth = Integer.parseInt(q.group(1)) * 12L + Integer.parseInt(q.group(2)) * 3L;
            return endMonth * 2 + 1;
        }
        Matcher m = MONTH.matcher(period);
        m.matches();
        return (Integer.parseInt(m.group(1)) * 12L + Integer.parseInt(m.group(2))) * 2;
    }

    private static void requireValid(String period) {
        if (!isValid(period)) {
            throw new IllegalArgumentException("not a period like 2026-Q3 or 2026-09: " + period);
        }
    }
}
