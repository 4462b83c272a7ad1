package org.cxworkbench.example.plugin.fcr;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a ticket export record by record: comma or semicolon separated (taken from the header line),
 * fields optionally in double quotes with {@code ""} for a quote, quoted fields may span lines. Each record
 * knows the line it starts on.
 */
final class CsvRecords implements Closeable {

    /** One record and the 1-based line it starts on. */
    record Line(long number, List<String> fields) {
    }

    private final BufferedReader in;
    private char separator = ',';
    private long line = 1;
    private int peeked = -2;

    CsvRecords(BufferedReader in) {
        this.in = in;
    }

    /** The header line; also decides the separator. */
    Line header() throws IOException {
        in.mark(1 << 16);
        String first = in.readLine();
        in.reset();
        if (first != null && count(first, ';') > count(first, ',')) {
            separator = ';';
        }
        Line header = next();
        if (header != null && !header.fields().isEmpty() && header.fields().get(0).startsWith("\uFEFF")) {
            List<String> fields = new ArrayList<>(header.fields());
            fields.set(0, fields.get(0).substring(1));
            return new Line(header.number(), fields);
        }
        return header;
    }

    /** The next record, or null at the end; blank lines are skipped. */
    Line next() throws IOException {
        while (true) {
            if (peek() == -1) {
                return null;
            }
            long start = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            while (true) {
                int c = read();
                if (c == -1) {
                    if (quoted) {
                        throw new IOException("line " + start + ": a quoted field is not closed before the end of the file");
                    }
                    break;
                }
                if (quoted) {
                    if (c == '"') {
                        if (peek() == '"') {
                            read();
                            field.append('"');
                        } else {
                            quoted = false;
                        }
                    } else {
                        field.append((char) c);
                    }
                } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                    quoted = true;
                    wasQuoted = true;
                } else if (c == separator) {
                    fields.add(field.toString());
                    field.setLength(0);
                    wasQuoted = false;
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && peek() == '\n') {
                        read();
                    }
                    break;
                } else {
                    field.append((char) c);
                }
            }
            fields.add(field.toString());
            if (fields.size() == 1 && fields.get(0).isBlank() && !wasQuoted) {
                continue;
            }
            return new Line(start, fields);
        }
    }

    private int peek() throws IOException {
        if (peeked == -2) {
            peeked = in.read();
        }
        return peeked;
    }

    private int read() throws IOException {
        int c = peek();
        peeked = -2;
        if (c == '\n' || c == '\r' && peek() != '\n') {
            line++;
        }
        return c;
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(ch -> ch == c).count();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
