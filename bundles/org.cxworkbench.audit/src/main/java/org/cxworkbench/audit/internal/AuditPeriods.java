package org.cxworkbench.audit.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Audit periods: quarters ({@code 2026-Q3}) and months ({@code 2026-09}), ordered by when they end. */
final class AuditPeriods {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");

    /** Orders valid periods by their last day, then by their first day (a quarter before its last month). */
    static final Comparator<String> ORDER = Comparator.comparing(AuditPeriods::end).thenComparing(AuditPeriods::start);

    private AuditPeriods() {
    }

    static boolean isPeriod(String text) {
        return text != null && (QUARTER.matcher(text).matches() || MONTH.matcher(text).matches());
    }

    /** Whether {@code period} ends on or before {@code until}'s end; everything is before a {@code null} limit. */
    static boolean notAfter(String period, String until) {
        return until == null || !end(period).isAfter(end(until));
    }

    static LocalDate start(String period) {
        Matcher q = QUARTER.matcher(period);
        if (q.matches()) {
            return YearMonth.of(Integer.parseInt(q.group(1)), Integer.parseInt(q.group(2)) * 3 - 2).atDay(1);
        }
        return month(period).atDay(1);
    }

    static LocalDate end(String period) {
        Matcher q = QUARTER.matcher(period);
        if (q.matches()) {
            return YearMonth.of(Integer.parseInt(q.group(1)), Integer.parseInt(q.group(2)) * 3).atEndOfMonth();
        }
        return month(period).atEndOfMonth();
    }

    private static YearMonth month(String period) {
        Matcher m = MONTH.matcher(period);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a period like 2026-Q3 or 2026-09: " + period);
        }
        return YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
}
