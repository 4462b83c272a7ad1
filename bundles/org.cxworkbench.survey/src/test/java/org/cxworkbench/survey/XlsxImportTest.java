package org.cxworkbench.survey;

import static org.cxworkbench.survey.ImportFixture.bin;
import static org.cxworkbench.survey.ImportFixture.lastImport;
import static org.cxworkbench.survey.ImportFixture.measurement;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cxworkbench.api.command.CommandException;
import org.cxworkbench.model.ImportRecord;
import org.cxworkbench.model.Measurement;
import org.cxworkbench.model.Strategy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** XLSX exports: read through the streaming event API; zip bombs refused. */
class XlsxImportTest {

    @TempDir
    Path dir;

    ImportFixture fx;

    @BeforeEach
    void setUp() throws Exception {
        fx = new ImportFixture(dir);
    }

    /** A workbook like a Qualtrics XLSX export: ids, question texts, ImportIds, then answers. */
    private Path workbook(String name, boolean qualtricsHeader) throws Exception {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet notes = wb.createSheet("About");
            notes.createRow(0).createCell(0).setCellValue("Exported from the survey tool");
            Sheet sheet = wb.createSheet("Responses");
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("m/d/yy h:mm"));
            int r = 0;
            String[] ids = {"ResponseId", "RecordedDate", "Q1", "Q2"};
            row(sheet, r++, (Object[]) ids);
            if (qualtricsHeader) {
                row(sheet, r++, "Response ID", "Recorded Date", "How likely are you to recommend us?", "Store");
                row(sheet, r++, "{\"ImportId\":\"_recordId\"}", "{\"ImportId\":\"recordedDate\"}",
                        "{\"ImportId\":\"QID1\"}", "{\"ImportId\":\"QID2\"}");
            }
            Object[][] answers = {
                {"X1", LocalDateTime.of(2026, 7, 2, 9, 0), 9.0, "Berlin"},
                {"X2", LocalDateTime.of(2026, 7, 3, 9, 0), 6.0, "Berlin"},
                {"X3", LocalDateTime.of(2026, 9, 30, 23, 0), 7.5, "Hamburg"},
                {"X4", LocalDateTime.of(2026, 10, 1, 8, 0), "ten", "Hamburg"},
                {"X5", LocalDateTime.of(2026, 10, 2, 8, 0), 10.0, "Hamburg"},
            };
            for (Object[] a : answers) {
                Row row = row(sheet, r++, a);
                row.getCell(1).setCellStyle(dateStyle);
            }
            wb.write(out);
        }
        return file;
    }

    private static Row row(Sheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v instanceof Double d) {
                row.createCell(i).setCellValue(d);
            } else if (v instanceof LocalDateTime t) {
                row.createCell(i).setCellValue(t);
            } else {
                row.createCell(i).setCellValue((String) v);
            }
        }
        return row;
    }

    @Test
    void qualtricsWorkbookIsReadFromTheNamedSheet() throws Exception {
        Strategy s = fx.run(workbook("qualtrics.xlsx", true), "--survey", "Stores", "--map", "NPS=QID1",
                "--segment", "store=Q2", "--sheet", "Responses");
        ImportRecord record = lastImport(s);
        assertEquals(5, record.getRowsRead());
        assertEquals(3, record.getRowsAccepted());
        assertEquals(2, record.getRowsRejected());
        assertEquals(6, record.getRejects().get(0).getLine(), "sheet row 6 holds X3");
        assertEquals("X3", record.getRejects().get(0).getResponseId());
        assertEquals("'7.5' is not a whole number (NPS answers are whole numbers 0-10)",
                record.getRejects().get(0).getReason());
        assertEquals("'ten' is not a number (NPS answers are whole numbers 0-10)", record.getRejects().get(1).getReason());
        Measurement q3 = measurement(s, "NPS", "2026-Q3", "");
        assertEquals(2, q3.getCount());
        assertEquals(1, bin(q3, 9));
        assertEquals(1, bin(q3, 6));
        assertEquals(1, bin(measurement(s, "NPS", "2026-Q4", "store=Hamburg"), 10));
        assertEquals("How likely are you to recommend us?", s.getSurveys().get(0).getQuestions().get(0).getText());
    }

    @Test
    void firstSheetByDefaultAndUnknownSheetNamed() throws Exception {
        Path file = workbook("plain.xlsx", false);
        CommandException wrongSheet = fx.refused(file, "--survey", "Stores", "--map", "NPS=Q1");
        assertTrue(wrongSheet.getMessage().contains("no such column"), "the first sheet is 'About': "
                + wrongSheet.getMessage());
        CommandException missing = fx.refused(file, "--survey", "Stores", "--map", "NPS=Q1", "--sheet", "Answers");
        assertTrue(missing.getMessage().contains("no sheet named 'Answers'; sheets: About, Responses"),
                missing.getMessage());
        Strategy s = fx.run(file, "--survey", "Stores", "--map", "NPS=Q1", "--sheet", "responses");
        assertEquals(3, lastImport(s).getRowsAccepted());
    }

    @Test
    void zipBombIsRefused() throws Exception {
        Path normal = workbook("normal.xlsx", false);
        Path bomb = dir.resolve("bomb.xlsx");
        // the same workbook, with its sheet padded by 40 MB of blanks that deflate about 1000:1
        try (ZipFile zip = new ZipFile(normal.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                byte[] content = zip.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet2.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData>") + "<sheetData>".length();
                    ByteArrayOutputStream padded = new ByteArrayOutputStream();
                    padded.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    padded.write(" ".repeat(40 << 20).getBytes(StandardCharsets.US_ASCII));
                    padded.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                    content = padded.toByteArray();
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        assertTrue(Files.size(bomb) < 200_000, "the bomb is small on disk: " + Files.size(bomb));
        byte[] before = Files.readAllBytes(fx.strategyFile);
        CommandException e = fx.refused(bomb, "--survey", "Stores", "--map", "NPS=Q1", "--sheet", "Responses");
        assertTrue(e.getMessage().contains("zip bomb"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(fx.strategyFile));
    }
}
