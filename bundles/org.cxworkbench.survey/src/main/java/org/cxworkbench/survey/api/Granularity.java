package org.cxworkbench.survey.api;

import java.time.LocalDate;

/** The length of the periods answers are aggregated into. */
public enum Granularity {
    /** Calendar quarters, written {@code 2026-Q3}. */
    QUARTER,
    /** Calendar months, written {@code 2026-07}. */
    MONTH;

    /** The period containing a date, e.g. {@code 2026-Q3} or {@code 2026-07}. */
    public String periodOf(LocalDate date) {
        return periodOf(date.getYear(), date.getMonthValue());
    }

    /** The period containing a month (1 to 12) of a year. */
    public String periodOf(int year, int month) {
        if (this == QUARTER) {
            return year + "-Q" + ((month - 1) / 3 + 1);
        }
        return year + "-" + (month < 10 ? "0" : "") + month;
    }

    /** Parses {@code quarter} or {@code month} (any case). */
    public static Granularity parse(String text) {
        return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "quarter" -> QUARTER;
            case "month" -> MONTH;
            default -> throw new IllegalArgumentException("'" + text + "' is not a period length: use quarter or month");
        };
    }
}
