package org.cxworkbench.report.xlsx.internal;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.cxworkbench.api.report.Status;
import org.cxworkbench.api.report.Table;

/**
 * The workbook's cell styles, created once each (Excel allows a limited number). Colours follow Excel's own
 * "good / neutral / bad" styles so readers recognise them.
 */
final class XlsxStyles {

    /** Fill colours (RGB hex) of status cells. */
    static final String GOOD_FILL = "C6EFCE";
    static final String WARNING_FILL = "FFEB9C";
    static final String BAD_FILL = "FFC7CE";
    static final String HEADER_FILL = "1F3864";
    static final String INTEGER_FORMAT = "0";
    static final String DECIMAL_FORMAT = "0.0";
    static final String PERCENT_FORMAT = "0.0\"%\"";

    /** What a body cell looks like. */
    enum Role {
        TITLE, SUBTITLE, HEADING1, HEADING2, CAPTION, TEXT, HEADER, BODY, FIGURE_LABEL, FIGURE_VALUE, FIGURE_DETAIL,
        NOTICE, LINK
    }

    private record Key(Role role, Table.Kind kind, Status status, boolean quotePrefix) {
    }

    private final Workbook workbook;
    private final Map<Key, CellStyle> styles = new HashMap<>();

    XlsxStyles(Workbook workbook) {
        this.workbook = workbook;
    }

    /** A style for text and headings. */
    CellStyle get(Role role, boolean quotePrefix) {
        return get(role, Table.Kind.TEXT, Status.NEUTRAL, quotePrefix);
    }

    /** A style for a table cell of a kind and status. */
    CellStyle get(Role role, Table.Kind kind, Status status, boolean quotePrefix) {
        return styles.computeIfAbsent(new Key(role, kind, status == null ? Status.NEUTRAL : status, quotePrefix),
                this::create);
    }

    private CellStyle create(Key key) {
        XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
        XSSFFont font = (XSSFFont) workbook.createFont();
        font.setFontName("Calibri");
        font.setFontHeightInPoints((short) 11);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setQuotePrefixed(key.quotePrefix());
        switch (key.role()) {
            case TITLE -> {
                font.setFontHeightInPoints((short) 20);
                font.setBold(true);
                font.setColor(rgb(HEADER_FILL));
            }
            case SUBTITLE -> {
                font.setFontHeightInPoints((short) 13);
                font.setColor(rgb("595959"));
            }
            case HEADING1 -> {
                font.setFontHeightInPoints((short) 14);
                font.setBold(true);
                font.setColor(rgb(HEADER_FILL));
            }
            case HEADING2 -> {
                font.setFontHeightInPoints((short) 12);
                font.setBold(true);
            }
            case CAPTION -> {
                font.setItalic(true);
                font.setColor(rgb("595959"));
            }
            case TEXT -> style.setWrapText(true);
            case HEADER -> {
                font.setBold(true);
                font.setColor(rgb("FFFFFF"));
                fill(style, HEADER_FILL);
                style.setWrapText(true);
                style.setVerticalAlignment(VerticalAlignment.CENTER);
                borders(style);
            }
            case BODY -> {
                borders(style);
                style.setWrapText(key.kind() == Table.Kind.TEXT);
                applyKind(style, key.kind());
                applyStatus(style, font, key.status());
            }
            case FIGURE_LABEL -> {
                font.setBold(true);
                font.setColor(rgb("595959"));
                style.setAlignment(HorizontalAlignment.CENTER);
                applyStatus(style, font, key.status());
            }
            case FIGURE_VALUE -> {
                font.setFontHeightInPoints((short) 18);
                font.setBold(true);
                style.setAlignment(HorizontalAlignment.CENTER);
                applyStatus(style, font, key.status());
            }
            case FIGURE_DETAIL -> {
                font.setFontHeightInPoints((short) 9);
                style.setAlignment(HorizontalAlignment.CENTER);
                style.setWrapText(true);
                applyStatus(style, font, key.status());
            }
            case NOTICE -> {
                font.setBold(true);
                style.setWrapText(true);
                applyStatus(style, font, key.status() == Status.NEUTRAL ? Status.WARNING : key.status());
            }
            case LINK -> {
                font.setUnderline(Font.U_SINGLE);
                font.setColor(rgb("0563C1"));
            }
            default -> throw new IllegalStateException(key.role().name());
        }
        style.setFont(font);
        return style;
    }

    private void applyKind(XSSFCellStyle style, Table.Kind kind) {
        String format = switch (kind) {
            case INTEGER -> INTEGER_FORMAT;
            case DECIMAL -> DECIMAL_FORMAT;
            case PERCENT -> PERCENT_FORMAT;
            default -> "@";
        };
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        if (kind == Table.Kind.STATUS) {
            style.setAlignment(HorizontalAlignment.CENTER);
        }
    }

    private static void applyStatus(XSSFCellStyle style, XSSFFont font, Status status) {
        switch (status) {
            case GOOD -> {
                fill(style, GOOD_FILL);
                font.setColor(rgb("006100"));
            }
            case WARNING -> {
                fill(style, WARNING_FILL);
                font.setColor(rgb("9C5700"));
            }
            case BAD -> {
                fill(style, BAD_FILL);
                font.setColor(rgb("9C0006"));
            }
            default -> {
            }
        }
    }

    private static void fill(XSSFCellStyle style, String hex) {
        style.setFillForegroundColor(rgb(hex));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private static void borders(XSSFCellStyle style) {
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        XSSFColor grey = rgb("BFBFBF");
        style.setBottomBorderColor(grey);
        style.setTopBorderColor(grey);
        style.setLeftBorderColor(grey);
        style.setRightBorderColor(grey);
    }

    static XSSFColor rgb(String hex) {
        return new XSSFColor(new byte[] { (byte) Integer.parseInt(hex.substring(0, 2), 16),
                (byte) Integer.parseInt(hex.substring(2, 4), 16), (byte) Integer.parseInt(hex.substring(4, 6), 16) },
                null);
    }
}
