package org.cxworkbench.report.xlsx.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fixed instant written as the workbook's creation date: the end of the reporting period (midnight UTC
 * of its last day), so two runs for the same period write the same properties.
 */
final class PeriodEnd {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    private PeriodEnd() {
    }

    static Instant of(String period) {
        LocalDate end = LocalDate.of(2000, 1, 1);
        if (period != null) {
            Matcher q = QUARTER.matcher(period);
            Matcher m = MONTH.matcher(period);
            if (q.matches()) {
                end = YearMonth.of(Integer.parseInt(q.group(1)), Integer.parseInt(q.group(2)) * 3).atEndOfMonth();
            } else if (m.matches() && Integer.parseInt(m.group(2)) >= 1 && Integer.parseInt(m.group(2)) <= 12) {
                end = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))).atEndOfMonth();
            }
        }
        return end.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
