package org.cxworkbench.survey.internal.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.cxworkbench.api.survey.SourceOptions;
import org.cxworkbench.api.survey.SurveyFormatException;
import org.cxworkbench.api.survey.SurveyRow;
import org.cxworkbench.api.survey.SurveyRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV reader across its buffer boundaries and on broken input. */
class CsvSurveySourceTest {

    @TempDir
    Path dir;

    @Test
    void recordsSpanningReadBlocksKeepFieldsLinesAndChecksum() throws Exception {
        Path file = dir.resolve("large.csv");
        String longComment = "x".repeat(3 * ChunkedFileReader.BLOCK_SIZE / 2);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("id,nps,comment\r\n");
            for (int i = 0; i < 200_000; i++) {
                w.write("R" + i + "," + (i % 11) + ",\"a \"\"quoted\"\", multi\nline " + (i % 7 == 0 ? "café" : "") + "\"\r\n");
                if (i == 100_000) {
                    w.write("LONG,5,\"" + longComment + "\"\r\n");
                }
            }
        }
        CsvSurveySource source = new CsvSurveySource();
        long rows = 0;
        long sum = 0;
        try (SurveyRows in = source.open(file, SourceOptions.DEFAULTS)) {
            SurveyRow row;
            while ((row = in.next()) != null) {
                rows++;
                String id = row.field(0).toString();
                if (id.equals("LONG")) {
                    assertEquals(longComment.length(), row.field(2).length());
                    assertEquals(2 + 2 * 100_001L, row.line());
                    continue;
                }
                int i = Integer.parseInt(id.substring(1));
                sum += Integer.parseInt(row.field(1).toString());
                long expectedLine = 2 + 2L * i + (i > 100_000 ? 1 : 0);
                assertEquals(expectedLine, row.line(), "line of " + id);
                String comment = row.field(2).toString();
                assertEquals("a \"quoted\", multi\nline " + (i % 7 == 0 ? "café" : ""), comment);
            }
            assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))),
                    in.sha256());
            assertEquals(Files.size(file), in.bytesRead());
        }
        assertEquals(200_001, rows);
        long expected = 0;
        for (int i = 0; i < 200_000; i++) {
            expected += i % 11;
        }
        assertEquals(expected, sum);
    }

    @Test
    void unclosedQuoteNamesTheLineWhereTheRecordStarts() throws Exception {
        Path file = dir.resolve("broken.csv");
        Files.writeString(file, "id,nps\n1,9\n2,8\n3,7\n4,\"8\n5,7\n");
        try (SurveyRows in = new CsvSurveySource().open(file, SourceOptions.DEFAULTS)) {
            assertEquals("9", in.next().field(1).toString());
            assertEquals("8", in.next().field(1).toString());
            assertEquals("7", in.next().field(1).toString());
            SurveyFormatException e = assertThrows(SurveyFormatException.class, in::next);
            assertEquals(5, e.line());
            assertTrue(e.getMessage().startsWith("broken.csv:5: a quoted field is not closed"), e.getMessage());
        }
    }

    @Test
    void emptyFileUtf16AndLastLineWithoutLineBreak() throws Exception {
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "");
        assertThrows(SurveyFormatException.class, () -> new CsvSurveySource().open(empty, SourceOptions.DEFAULTS));
        Path utf16 = dir.resolve("utf16.csv");
        Files.write(utf16, "id,nps\n".getBytes(StandardCharsets.UTF_16));
        SurveyFormatException e = assertThrows(SurveyFormatException.class,
                () -> new CsvSurveySource().open(utf16, SourceOptions.DEFAULTS));
        assertTrue(e.getMessage().contains("UTF-16"), e.getMessage());

        Path noFinalBreak = dir.resolve("short.csv");
        Files.writeString(noFinalBreak, "id,nps\n\n1,9\n2,10");
        try (SurveyRows in = new CsvSurveySource().open(noFinalBreak, SourceOptions.DEFAULTS)) {
            assertEquals(3, in.next().line(), "the empty line 2 is skipped");
            SurveyRow last = in.next();
            assertEquals("10", last.field(1).toString());
            assertEquals("", last.field(5).toString());
            assertNull(in.next());
        }
    }
}
