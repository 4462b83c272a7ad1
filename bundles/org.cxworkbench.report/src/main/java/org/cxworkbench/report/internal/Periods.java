package org.cxworkbench.report.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reporting periods: quarters ({@code 2026-Q3}) and months ({@code 2026-09}). */
public final class Periods {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");

    private Periods() {
    }

    /** Whether the text is a quarter or a month period. */
    public static boolean isValid(String period) {
        return period != null && (QUARTER.matcher(period).matches() || MONTH.matcher(period).matches());
    }

    /** The period before, in the same granularity. */
    public static String previous(String period) {
        return shift(period, -1);
    }

    /** The period and the {@code count - 1} periods before it, oldest first. */
    public static List<String> trend(String period, int count) {
        List<String> periods = new ArrayList<>();
        String p = period;
        for (int i = 0; i < count; i++) {
            periods.add(p);
            p = previous(p);
        }
        Collections.reverse(periods);
        return periods;
    }

    /** The last day of the period. */
    public static LocalDate end(String period) {
        Matcher q = QUARTER.matcher(period);
        if (q.matches()) {
            return YearMonth.of(Integer.parseInt(q.group(1)), Integer.parseInt(q.group(2)) * 3).atEndOfMonth();
        }
        return month(period).atEndOfMonth();
    }

    private static String shift(String period, int by) {
        Matcher q = QUARTER.matcher(period);
        if (q.matches()) {
            int index = Integer.parseInt(q.group(1)) * 4 + Integer.parseInt(q.group(2)) - 1 + by;
            return String.format("%04d-Q%d", Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
        }
        YearMonth m = month(period).plusMonths(by);
        return String.format("%04d-%02d", m.getYear(), m.getMonthValue());
    }

    private static YearMonth month(String period) {
        Matcher m = MONTH.matcher(period);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a period (expected 2026-Q3 or 2026-09): " + period);
        }
        return YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
}
