package org.cxworkbench.report.xlsx.internal;

import org.apache.poi.ss.usermodel.Cell;

/**
 * Writes text into cells so that a spreadsheet never treats it as a formula: text starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return is written as a string cell whose style has
 * the quote prefix set (Excel shows it with a leading apostrophe and keeps it text when edited).
 */
final class TextCells {

    private TextCells() {
    }

    /** Whether the text would be read as a formula (or as a DDE command) by a spreadsheet. */
    static boolean needsNeutralising(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** Writes the text as a string cell with the style for its role, quote-prefixed when needed. */
    static void write(Cell cell, String text, XlsxStyles styles, XlsxStyles.Role role) {
        cell.setCellStyle(styles.get(role, needsNeutralising(text)));
        cell.setCellValue(text == null ? "" : text);
    }
}
