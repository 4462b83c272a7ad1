package org.cxworkbench.report.xlsx.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.cxworkbench.api.report.Block;
import org.cxworkbench.api.report.BulletList;
import org.cxworkbench.api.report.Chart;
import org.cxworkbench.api.report.Heading;
import org.cxworkbench.api.report.KeyFigures;
import org.cxworkbench.api.report.Notice;
import org.cxworkbench.api.report.Paragraph;
import org.cxworkbench.api.report.ReportDocument;
import org.cxworkbench.api.report.Section;
import org.cxworkbench.api.report.Status;
import org.cxworkbench.api.report.Table;
import org.cxworkbench.report.xlsx.internal.XlsxStyles.Role;

/**
 * Writes one section onto its sheet, top to bottom and strictly row after row (so the same code streams
 * with SXSSF): title, a link back to the contents, then each block. The sheet's main table (the longest)
 * gets the auto-filter, and its header is frozen when it is near the top.
 */
final class SectionSheetWriter {

    /** The main table's header is frozen only when it starts within this many rows. */
    static final int FREEZE_LIMIT = 25;
    static final int MIN_SPAN = 8;
    /** Points per line of 11 pt text. */
    private static final float LINE_HEIGHT = 15f;

    private record TableArea(int headerRow, int lastRow, int lastColumn, int rows) {
    }

    private final Sheet sheet;
    private final XSSFSheet chartSheet;
    private final XlsxStyles styles;
    private final ReportDocument document;
    private final String contentsSheet;
    private final List<TableArea> tables = new ArrayList<>();
    private int span;
    private int[] widths;
    private int row;

    /**
     * @param chartSheet the XSSF sheet charts are drawn on: the sheet itself, or the sheet under a streamed one
     */
    SectionSheetWriter(Sheet sheet, XSSFSheet chartSheet, XlsxStyles styles, ReportDocument document,
            String contentsSheet) {
        this.sheet = sheet;
        this.chartSheet = chartSheet;
        this.styles = styles;
        this.document = document;
        this.contentsSheet = contentsSheet;
    }

    void write(Section section) {
        layoutColumns(section);
        PrintLayout.apply(sheet);
        text(row++, 0, section.title(), Role.TITLE).getRow().setHeightInPoints(28);
        Cell back = text(row++, 0, document.label("backToContents"), Role.LINK);
        Hyperlink link = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
        link.setAddress("'" + contentsSheet.replace("'", "''") + "'!A1");
        back.setHyperlink(link);
        row++;
        for (Block block : section.blocks()) {
            writeBlock(block);
        }
        finishTables();
    }

    private void writeBlock(Block block) {
        if (block instanceof Heading h) {
            text(row, 0, h.text(), h.level() <= 1 ? Role.HEADING1 : Role.HEADING2).getRow()
                    .setHeightInPoints(h.level() <= 1 ? 22 : 18);
            row++;
        } else if (block instanceof Paragraph p) {
            wrapped(p.text(), Role.TEXT, Status.NEUTRAL);
            row++;
        } else if (block instanceof BulletList list) {
            for (String item : list.items()) {
                wrapped("• " + item, Role.TEXT, Status.NEUTRAL);
            }
            row++;
        } else if (block instanceof Notice n) {
            wrapped(n.text(), Role.NOTICE, n.status());
            row++;
        } else if (block instanceof KeyFigures k) {
            writeFigures(k);
        } else if (block instanceof Table t) {
            writeTable(t);
        } else if (block instanceof Chart c) {
            writeChart(c);
        }
    }

    private void writeFigures(KeyFigures figures) {
        Row labels = sheet.createRow(row++);
        Row values = sheet.createRow(row++);
        Row details = sheet.createRow(row++);
        values.setHeightInPoints(30);
        details.setHeightInPoints(2 * LINE_HEIGHT);
        for (int i = 0; i < figures.figures().size(); i++) {
            KeyFigures.KeyFigure f = figures.figures().get(i);
            put(labels.createCell(i), f.label(), styles.get(Role.FIGURE_LABEL, Table.Kind.TEXT, f.status(),
                    TextCells.needsNeutralising(f.label())));
            put(values.createCell(i), f.value(), styles.get(Role.FIGURE_VALUE, Table.Kind.TEXT, f.status(),
                    TextCells.needsNeutralising(f.value())));
            put(details.createCell(i), f.detail(), styles.get(Role.FIGURE_DETAIL, Table.Kind.TEXT, f.status(),
                    TextCells.needsNeutralising(f.detail())));
        }
        row++;
    }

    private void writeTable(Table table) {
        if (!table.caption().isEmpty()) {
            text(row++, 0, table.caption(), Role.CAPTION);
        }
        int headerRow = row++;
        Row header = sheet.createRow(headerRow);
        int headerLines = 1;
        for (int c = 0; c < table.columns().size(); c++) {
            Table.Column column = table.columns().get(c);
            TextCells.write(header.createCell(c), column.header(), styles, Role.HEADER);
            headerLines = Math.max(headerLines, lines(column.header(), widths[c]));
        }
        header.setHeightInPoints(headerLines * LINE_HEIGHT + 4);
        FormulaTranslator formulas = new FormulaTranslator(table.columns(), 0);
        for (List<Table.Cell> cells : table.rows()) {
            Row r = sheet.createRow(row);
            int rowLines = 1;
            for (int c = 0; c < cells.size(); c++) {
                Table.Column column = table.columns().get(c);
                Table.Cell value = cells.get(c);
                Cell cell = r.createCell(c);
                writeValue(cell, column, value, formulas);
                if (value.value() instanceof String s && column.kind() == Table.Kind.TEXT) {
                    rowLines = Math.max(rowLines, lines(s, widths[c]));
                }
            }
            if (rowLines > 1) {
                r.setHeightInPoints(Math.min(rowLines, 12) * LINE_HEIGHT);
            }
            row++;
        }
        tables.add(new TableArea(headerRow, row - 1, table.columns().size() - 1, table.rows().size()));
        row++;
    }

    private void writeValue(Cell cell, Table.Column column, Table.Cell value, FormulaTranslator formulas) {
        Object v = value.value();
        if (v instanceof Number n) {
            cell.setCellStyle(styles.get(Role.BODY, numberKind(column.kind()), value.status(), false));
            Optional<String> formula = column.formula() == null ? Optional.empty()
                    : formulas.translate(column.formula(), cell.getRowIndex());
            if (formula.isPresent()) {
                cell.setCellFormula(formula.get());
            }
            cell.setCellValue(n.doubleValue());
        } else if (v == null) {
            cell.setCellStyle(styles.get(Role.BODY, column.kind(), value.status(), false));
        } else {
            String text = v.toString();
            Table.Kind kind = column.kind() == Table.Kind.STATUS ? Table.Kind.STATUS : Table.Kind.TEXT;
            cell.setCellStyle(styles.get(Role.BODY, kind, value.status(), TextCells.needsNeutralising(text)));
            cell.setCellValue(text);
        }
    }

    /** Numbers in text columns keep a general number look. */
    private static Table.Kind numberKind(Table.Kind kind) {
        return switch (kind) {
            case INTEGER, DECIMAL, PERCENT -> kind;
            default -> Table.Kind.DECIMAL;
        };
    }

    private void writeChart(Chart chart) {
        text(row++, 0, document.label("chartData") + ": " + chart.title(), Role.CAPTION);
        int headerRow = row++;
        Row header = sheet.createRow(headerRow);
        TextCells.write(header.createCell(0), "", styles, Role.HEADER);
        for (int s = 0; s < chart.series().size(); s++) {
            TextCells.write(header.createCell(1 + s), chart.series().get(s).name(), styles, Role.HEADER);
        }
        for (int i = 0; i < chart.categories().size(); i++) {
            Row r = sheet.createRow(row++);
            Cell category = r.createCell(0);
            String name = chart.categories().get(i);
            category.setCellStyle(styles.get(Role.BODY, Table.Kind.TEXT, Status.NEUTRAL,
                    TextCells.needsNeutralising(name)));
            category.setCellValue(name);
            for (int s = 0; s < chart.series().size(); s++) {
                Double v = chart.series().get(s).values().get(i);
                Cell cell = r.createCell(1 + s);
                cell.setCellStyle(styles.get(Role.BODY, Table.Kind.DECIMAL, Status.NEUTRAL, false));
                if (v != null && !v.isNaN()) {
                    cell.setCellValue(v);
                }
            }
        }
        row++;
        ChartWriter.write(chartSheet, chart, headerRow, 0, row);
        row += ChartWriter.CHART_ROWS + 1;
    }

    private void finishTables() {
        TableArea main = null;
        for (TableArea t : tables) {
            if (main == null || t.rows() > main.rows()) {
                main = t;
            }
        }
        if (main == null) {
            sheet.createFreezePane(0, 2);
            return;
        }
        if (main.rows() > 0) {
            sheet.setAutoFilter(new CellRangeAddress(main.headerRow(), main.lastRow(), 0, main.lastColumn()));
        }
        sheet.createFreezePane(0, main.headerRow() < FREEZE_LIMIT ? main.headerRow() + 1 : 2);
    }

    /** Column widths from the tables' relative widths (1 to 10); other columns 16 characters. */
    private void layoutColumns(Section section) {
        int columns = MIN_SPAN;
        for (Block b : section.blocks()) {
            if (b instanceof Table t) {
                columns = Math.max(columns, t.columns().size());
            } else if (b instanceof KeyFigures k) {
                columns = Math.max(columns, k.figures().size());
            } else if (b instanceof Chart c) {
                columns = Math.max(columns, c.series().size() + 1);
            }
        }
        span = columns;
        widths = new int[columns];
        java.util.Arrays.fill(widths, 0);
        for (Block b : section.blocks()) {
            if (b instanceof Table t) {
                for (int c = 0; c < t.columns().size(); c++) {
                    widths[c] = Math.max(widths[c], characters(t.columns().get(c).width()));
                }
            }
        }
        for (int c = 0; c < columns; c++) {
            if (widths[c] == 0) {
                widths[c] = 16;
            }
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    static int characters(int relativeWidth) {
        int w = Math.max(1, Math.min(10, relativeWidth));
        return 8 + w * 5;
    }

    private Cell text(int rowIndex, int column, String value, Role role) {
        Row r = sheet.getRow(rowIndex) != null ? sheet.getRow(rowIndex) : sheet.createRow(rowIndex);
        Cell cell = r.createCell(column);
        TextCells.write(cell, value, styles, role);
        return cell;
    }

    /** Text across the section's width, wrapped, with a row height for its lines. */
    private void wrapped(String shown, Role role, Status status) {
        Row r = sheet.createRow(row);
        Cell cell = r.createCell(0);
        CellStyle style = styles.get(role, Table.Kind.TEXT, status, TextCells.needsNeutralising(shown));
        cell.setCellStyle(style);
        cell.setCellValue(shown);
        int total = 0;
        for (int c = 0; c < span; c++) {
            total += widths[c];
            if (c > 0) {
                r.createCell(c).setCellStyle(style);
            }
        }
        sheet.addMergedRegion(new CellRangeAddress(row, row, 0, span - 1));
        r.setHeightInPoints(Math.min(lines(shown, total), 20) * LINE_HEIGHT + 2);
        row++;
    }

    private static int lines(String text, int widthInCharacters) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += Math.max(1, (int) Math.ceil(paragraph.length() * 1.1 / Math.max(1, widthInCharacters - 1)));
        }
        return lines;
    }

    private static void put(Cell cell, String text, CellStyle style) {
        cell.setCellStyle(style);
        cell.setCellValue(text == null ? "" : text);
    }
}
