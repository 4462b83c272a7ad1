package org.cxworkbench.measure.internal.io;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads delimited text exports (CSV and the like) record by record: the delimiter (comma, semicolon or
 * tab) is detected from the header line, fields may be quoted with {@code "} (a doubled quote inside is a
 * quote, and quoted fields may span lines), a UTF-8 byte order mark is skipped. Every record knows the
 * line it starts on.
 */
public final class DelimitedReader implements Closeable {

    /** One record: the 1-based line it starts on and its fields. */
    public record Row(long line, List<String> fields) {
        /** The field at {@code index}, or {@code ""} if the row is shorter. */
        public String field(int index) {
            return index >= 0 && index < fields.size() ? fields.get(index) : "";
        }

        /** Whether every field is blank. */
        public boolean isBlank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    private static final char[] CANDIDATES = { ',', ';', '\t' };

    private final String fileName;
    private final BufferedReader in;
    private final char delimiter;
    private final List<String> header;
    private long line = 1;
    private int pushedBack = -2;

    private DelimitedReader(String fileName, BufferedReader in) throws IOException {
        this.fileName = fileName;
        this.in = in;
        in.mark(1 << 16);
        String first = in.readLine();
        in.reset();
        if (first == null) {
            throw new IOException(fileName + ": the file is empty; a header line is required");
        }
        if (!first.isEmpty() && first.charAt(0) == '\uFEFF') {
            in.read();
            first = first.substring(1);
        }
        this.delimiter = detect(first);
        Row headerRow = next().orElseThrow(() -> new IOException(fileName + ": a header line is required"));
        this.header = headerRow.fields().stream().map(String::trim).toList();
    }

    /** Opens a UTF-8 file. */
    public static DelimitedReader open(Path file) throws IOException {
        BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        try {
            return new DelimitedReader(file.getFileName().toString(), reader);
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /** Reads from a reader; {@code fileName} names the source in messages. */
    public static DelimitedReader of(String fileName, Reader reader) throws IOException {
        return new DelimitedReader(fileName, new BufferedReader(reader));
    }

    /** The detected delimiter. */
    public char delimiter() {
        return delimiter;
    }

    /** The header fields, trimmed. */
    public List<String> header() {
        return header;
    }

    /** The index of the header column named {@code name}, ignoring case, or -1. */
    public int column(String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).equalsIgnoreCase(name.trim())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The next record, or empty at the end.
     *
     * @throws IOException naming the file and line of a quoted field that is never closed
     */
    public Optional<Row> next() throws IOException {
        int c = read();
        if (c == -1) {
            return Optional.empty();
        }
        long start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new IOException(fileName + ":" + start + ": a quoted field is not closed");
                }
                if (c == '"') {
                    int following = read();
                    if (following == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = following;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == -1 || c == '\n' || c == '\r') {
                if (c == '\r') {
                    int following = read();
                    if (following != '\n') {
                        unread(following);
                    }
                }
                if (c != -1) {
                    line++;
                }
                fields.add(wasQuoted ? field.toString() : field.toString().trim());
                return Optional.of(new Row(start, List.copyOf(fields)));
            } else if (c == delimiter) {
                fields.add(wasQuoted ? field.toString() : field.toString().trim());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
                wasQuoted = true;
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }

    private void unread(int c) {
        pushedBack = c;
    }

    private static char detect(String headerLine) {
        int[] counts = new int[CANDIDATES.length];
        boolean quoted = false;
        for (char c : headerLine.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            for (int i = 0; i < CANDIDATES.length && !quoted; i++) {
                if (c == CANDIDATES[i]) {
                    counts[i]++;
                }
            }
        }
        int best = 0;
        for (int i = 1; i < CANDIDATES.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return CANDIDATES[best];
    }
}
