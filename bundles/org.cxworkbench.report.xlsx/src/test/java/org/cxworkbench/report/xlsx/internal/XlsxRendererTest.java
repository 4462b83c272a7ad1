package org.cxworkbench.report.xlsx.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cxworkbench.api.report.ReportDocument;
import org.cxworkbench.api.report.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class XlsxRendererTest {

    static ReportDocument document;
    static byte[] bytes;
    static XSSFWorkbook workbook;

    @BeforeAll
    static void render() throws IOException {
        document = SampleDocuments.quarterly();
        bytes = render(document);
        // kept for looking at: target/sample-report.xlsx
        java.nio.file.Files.write(java.nio.file.Path.of("target", "sample-report.xlsx"), bytes);
        workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    static byte[] render(ReportDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxRenderer().render(doc, out);
        return out.toByteArray();
    }

    @Test
    void contentsSheetThenOneSheetPerSectionWithValidUniqueNames() {
        assertEquals(4, workbook.getNumberOfSheets());
        assertEquals("Contents", workbook.getSheetName(0));
        assertEquals("Executive summary", workbook.getSheetName(1));
        // '/', '[', ']' and ':' are not allowed in sheet names; at most 31 characters
        assertEquals("KPIs- churn - resolution -Q3-", workbook.getSheetName(2));
        assertEquals("Executive summary (2)", workbook.getSheetName(3));
        XSSFSheet contents = workbook.getSheetAt(0);
        assertEquals("Quarterly CX strategy report", contents.getRow(0).getCell(0).getStringCellValue());
        XSSFCell link = contents.getRow(8).getCell(1);
        assertEquals("KPIs: churn / resolution [Q3]", link.getStringCellValue());
        assertEquals("'KPIs- churn - resolution -Q3-'!A1", link.getHyperlink().getAddress());
    }

    @Test
    void headerRowIsFrozenBoldFilledAndFiltered() {
        XSSFSheet summary = workbook.getSheet("Executive summary");
        int header = findRow(summary, "Touchpoint");
        PaneInformation pane = summary.getPaneInformation();
        assertNotNull(pane);
        assertTrue(pane.isFreezePane());
        assertEquals(header + 1, pane.getHorizontalSplitPosition());
        XSSFCellStyle style = summary.getRow(header).getCell(0).getCellStyle();
        assertTrue(style.getFont().getBold());
        assertEquals(XlsxStyles.HEADER_FILL, hex(style.getFillForegroundColorColor().getRGB()));
        assertNotNull(summary.getCTWorksheet().getAutoFilter());
        assertEquals("A" + (header + 1) + ":G" + (header + 4), summary.getCTWorksheet().getAutoFilter().getRef());
    }

    @Test
    void numberFormatsAndStatusColours() {
        XSSFSheet summary = workbook.getSheet("Executive summary");
        int header = findRow(summary, "Touchpoint");
        Row first = summary.getRow(header + 1);
        assertEquals("0", first.getCell(1).getCellStyle().getDataFormatString());
        assertEquals("0.0", first.getCell(5).getCellStyle().getDataFormatString());
        assertEquals(XlsxStyles.GOOD_FILL, fill(first.getCell(6)));
        assertEquals(XlsxStyles.WARNING_FILL, fill(summary.getRow(header + 2).getCell(6)));
        assertEquals(XlsxStyles.BAD_FILL, fill(summary.getRow(header + 3).getCell(6)));
        assertTrue(first.getCell(0).getCellStyle().getWrapText(), "long text wraps");
        assertEquals((8 + 4 * 5) * 256, summary.getColumnWidth(0), "width from Column.width 4");

        XSSFSheet kpis = workbook.getSheetAt(2);
        int churnHeader = findRow(kpis, "Quarter");
        Cell churn = kpis.getRow(churnHeader + 1).getCell(3);
        assertEquals("0.0\"%\"", churn.getCellStyle().getDataFormatString());
        assertEquals(10.0, churn.getNumericCellValue(), 1e-9, "percent values are in percent");
    }

    @Test
    void formulaColumnsAreLiveFormulasWhoseCachedValueIsTheDocumentValue() {
        FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        XSSFSheet summary = workbook.getSheet("Executive summary");
        int header = findRow(summary, "Touchpoint");
        Table nps = (Table) document.sections().get(0).blocks().get(4);
        for (int i = 0; i < nps.rows().size(); i++) {
            Cell cell = summary.getRow(header + 1 + i).getCell(5);
            assertEquals(CellType.FORMULA, cell.getCellType());
            int r = header + 2 + i;
            assertEquals("(B" + r + "-D" + r + ")/E" + r + "*100", cell.getCellFormula());
            double expected = ((Number) nps.rows().get(i).get(5).value()).doubleValue();
            double cached = cell.getNumericCellValue();
            CellValue evaluated = evaluator.evaluate(cell);
            assertEquals(expected, cached, 0.0, "cached value equals the document value");
            assertEquals(cached, evaluated.getNumberValue(), 1e-9, "POI's evaluation equals the cached value");
        }
        // the article's churn example: 500 -> 450 in Q1 is 10 %
        XSSFSheet kpis = workbook.getSheetAt(2);
        Cell churn = kpis.getRow(findRow(kpis, "Quarter") + 1).getCell(3);
        assertEquals(CellType.FORMULA, churn.getCellType());
        assertEquals(10.0, evaluator.evaluate(churn).getNumberValue(), 1e-9);
    }

    @Test
    void chartsAreNativeLineAndBarCharts() {
        XSSFDrawing summaryDrawing = workbook.getSheet("Executive summary").getDrawingPatriarch();
        assertNotNull(summaryDrawing);
        List<XSSFChart> charts = summaryDrawing.getCharts();
        assertEquals(1, charts.size());
        assertEquals(1, charts.get(0).getCTChart().getPlotArea().sizeOfLineChartArray());
        assertEquals(2, charts.get(0).getChartSeries().get(0).getSeriesCount());
        assertEquals("NPS trend", charts.get(0).getTitleText().getString());
        List<XSSFChart> kpiCharts = workbook.getSheetAt(2).getDrawingPatriarch().getCharts();
        assertEquals(1, kpiCharts.size());
        assertEquals(1, kpiCharts.get(0).getCTChart().getPlotArea().sizeOfBarChartArray());
        assertTrue(workbook.getAllPictures().isEmpty(), "charts are not pictures");
    }

    @Test
    void userTextStartingWithFormulaCharactersStaysQuotePrefixedText() {
        XSSFSheet notes = workbook.getSheetAt(3);
        int header = findRow(notes, "Note");
        List<String> expected = List.of("=1+1", "@SUM(A1:A3)", "+31 20 555 0100",
                "-raise NPS by one full point this quarter", "\tcmd|' /C calc'!A0");
        List<String> found = new ArrayList<>();
        for (int r = header + 1; r <= header + 3; r++) {
            for (int c = 0; c < 2; c++) {
                XSSFCell cell = notes.getRow(r).getCell(c);
                assertEquals(CellType.STRING, cell.getCellType(), "never a formula: " + cell);
                String text = cell.getStringCellValue();
                if (TextCells.needsNeutralising(text)) {
                    assertTrue(cell.getCellStyle().getQuotePrefixed(), "quote prefix on " + text);
                    found.add(text);
                } else {
                    assertFalse(cell.getCellStyle().getQuotePrefixed());
                }
            }
        }
        assertEquals(expected.stream().sorted().toList(), found.stream().sorted().toList());
        assertEquals("Klantreis: ûnderfining, è, ñ, â", notes.getRow(header + 3).getCell(1).getStringCellValue());
        // bullets in text are prefixed with a bullet and never formulas either
        XSSFSheet summary = workbook.getSheet("Executive summary");
        int bullet = findRow(summary, "• =HYPERLINK(\"http://evil\")");
        assertEquals(CellType.STRING, summary.getRow(bullet).getCell(0).getCellType());
    }

    @Test
    void fixedPropertiesMakeTheSameBytes() throws IOException {
        assertEquals("2026-09-30T00:00:00Z",
                workbook.getProperties().getCoreProperties().getCreated().toInstant().toString());
        assertArrayEquals(bytes, render(SampleDocuments.quarterly()));
    }

    @Test
    void largeTablesAreStreamedAndKeepFormulasAndCharts() throws IOException {
        int rows = 200_000;
        byte[] large = render(SampleDocuments.large(rows));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(large))) {
            XSSFSheet sheet = wb.getSheet("Big table");
            int header = findRow(sheet, "Touchpoint");
            assertEquals(header + rows, sheet.getLastRowNum());
            XSSFCell last = sheet.getRow(header + rows).getCell(4);
            assertEquals(CellType.FORMULA, last.getCellType());
            int i = rows - 1;
            int n = i % 97 + i % 31 + 10;
            assertEquals((i % 97 - i % 31) / (double) n * 100, last.getNumericCellValue(), 0.0);
            assertEquals(1, sheet.getDrawingPatriarch().getCharts().size());
            assertNotNull(sheet.getCTWorksheet().getAutoFilter());
            assertEquals(CellReference.convertNumToColString(4) + (header + rows + 1),
                    new CellReference(last).formatAsString(false));
        }
    }

    static int findRow(XSSFSheet sheet, String text) {
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING && text.equals(cell.getStringCellValue())) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row starts with " + text + " on " + sheet.getSheetName());
    }

    static String fill(Cell cell) {
        return hex(((XSSFCellStyle) cell.getCellStyle()).getFillForegroundColorColor().getRGB());
    }

    static String hex(byte[] rgb) {
        return String.format("%02X%02X%02X", rgb[0] & 0xFF, rgb[1] & 0xFF, rgb[2] & 0xFF);
    }
}
