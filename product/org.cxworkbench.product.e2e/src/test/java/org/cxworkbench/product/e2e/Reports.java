package org.cxworkbench.product.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Checks of downloaded report files: the workbook opens with POI and holds the strategy; the PDF is a PDF. */
final class Reports {

    private Reports() {
    }

    /** Opens the workbook with Apache POI; it must have sheets, and some cell must name {@code expectedText}. */
    static List<String> checkWorkbook(Path xlsx, String expectedText) throws IOException {
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(xlsx)) {
            assertEquals(4, in.read(head));
        }
        assertEquals("PK\u0003\u0004", new String(head, StandardCharsets.ISO_8859_1), "an xlsx is a zip file");
        List<String> sheets = new ArrayList<>();
        boolean found = false;
        int numbers = 0;
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                sheets.add(sheet.getSheetName());
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains(expectedText)) {
                            found = true;
                        } else if (cell.getCellType() == CellType.NUMERIC || cell.getCellType() == CellType.FORMULA) {
                            numbers++;
                        }
                    }
                }
            }
        }
        assertTrue(sheets.size() > 1, "the workbook has its sheets: " + sheets);
        assertTrue(found, "some cell names '" + expectedText + "' in " + xlsx + " (sheets " + sheets + ")");
        assertTrue(numbers > 10, "the workbook holds figures (" + numbers + " numeric cells)");
        return sheets;
    }

    /** The file starts like a PDF, ends with its end-of-file marker, and is not tiny. */
    static void checkPdf(Path pdf) throws IOException {
        byte[] bytes = Files.readAllBytes(pdf);
        assertTrue(bytes.length > 5_000, pdf + " is only " + bytes.length + " bytes");
        assertEquals("%PDF-", new String(bytes, 0, 5, StandardCharsets.ISO_8859_1));
        String tail = new String(bytes, Math.max(0, bytes.length - 1024), Math.min(1024, bytes.length),
                StandardCharsets.ISO_8859_1);
        assertTrue(tail.contains("%%EOF"), "the PDF is complete");
    }
}
