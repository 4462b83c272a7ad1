package org.cxworkbench.survey.internal.xlsx;

import java.time.LocalDateTime;
import java.util.Locale;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Formats cells the way the importer reads them: date-formatted numbers as ISO date-times
 * ({@code 2026-07-14T10:23:45}) whatever the sheet's display format (which may have two-digit years), and
 * every other cell as Excel shows it.
 */
final class IsoDateFormatter extends DataFormatter {

    IsoDateFormatter() {
        super(Locale.ROOT);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            LocalDateTime dateTime = DateUtil.getLocalDateTime(value, use1904Windowing);
            return dateTime.toString();
        }
        return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
    }
}
