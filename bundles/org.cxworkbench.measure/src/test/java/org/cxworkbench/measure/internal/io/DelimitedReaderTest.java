package org.cxworkbench.measure.internal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

class DelimitedReaderTest {

    @Test
    void semicolonsQuotesAndLineNumbers() throws IOException {
        String text = "\uFEFFid;opened;note\r\n"
                + "T-1;2026-07-01 10:00;\"said \"\"hi\"\"; then left\"\r\n"
                + "T-2;2026-07-02 10:00;\"two\nlines\"\r\n"
                + "T-3;2026-07-03 10:00;plain\r\n";
        try (DelimitedReader reader = DelimitedReader.of("tickets.csv", new StringReader(text))) {
            assertEquals(';', reader.delimiter());
            assertEquals(List.of("id", "opened", "note"), reader.header());
            DelimitedReader.Row first = reader.next().orElseThrow();
            assertEquals(2, first.line());
            assertEquals("said \"hi\"; then left", first.field(2));
            DelimitedReader.Row second = reader.next().orElseThrow();
            assertEquals(3, second.line());
            assertEquals("two\nlines", second.field(2));
            DelimitedReader.Row third = reader.next().orElseThrow();
            assertEquals(5, third.line());
            assertEquals("plain", third.field(2));
            assertEquals("", third.field(7));
            assertTrue(reader.next().isEmpty());
        }
    }

    @Test
    void tabsAreDetected() throws IOException {
        try (DelimitedReader reader = DelimitedReader.of("t.tsv", new StringReader("a\tb,c\td\n1\t2,3\t4\n"))) {
            assertEquals('\t', reader.delimiter());
            assertEquals(List.of("1", "2,3", "4"), reader.next().orElseThrow().fields());
        }
    }

    @Test
    void anUnclosedQuoteNamesFileAndLine() throws IOException {
        try (DelimitedReader reader = DelimitedReader.of("t.csv", new StringReader("a,b\n1,2\n3,\"open\n"))) {
            reader.next();
            IOException e = assertThrows(IOException.class, reader::next);
            assertEquals("t.csv:3: a quoted field is not closed", e.getMessage());
        }
    }
}
