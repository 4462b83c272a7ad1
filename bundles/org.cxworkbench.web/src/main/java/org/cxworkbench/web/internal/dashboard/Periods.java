package org.cxworkbench.web.internal.dashboard;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reporting periods as the workbench writes them: quarters ({@code 2026-Q3}) and months ({@code 2026-09}). */
public final class Periods {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");

    private Periods() {
    }

    /** Whether the text is a quarter or a month. */
    public static boolean isValid(String period) {
        return period != null && (QUARTER.matcher(period).matches() || MONTH.matcher(period).matches());
    }

    /** The period before, of the same length. */
    public static String previous(String period) {
        Matcher q = QUARTER.matcher(period);
        if (q.matches()) {
            int index = Integer.parseInt(q.group(1)) * 4 + Integer.parseInt(q.group(2)) - 2;
            return String.format("%04d-Q%d", Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
        }
        Matcher m = MONTH.matcher(period);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + period + "' is not a period like 2026-Q3 or 2026-09");
        }
        int index = Integer.parseInt(m.group(1)) * 12 + Integer.parseInt(m.group(2)) - 2;
        return String.format("%04d-%02d", Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
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
}
