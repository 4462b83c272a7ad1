package org.cxworkbench.survey.internal.csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A streaming RFC 4180 record reader over raw bytes: fields are (start, end) offsets into one growing
 * buffer, so no String is created per field. Quoted fields may hold delimiters, doubled quotes (unescaped
 * in place) and line breaks; CRLF, LF and lone CR end records. {@link #line()} is the physical line on
 * which the current record starts.
 */
final class CsvRecordReader {

    private static final int MAX_RECORD_BYTES = 64 << 20;

    private final ChunkedFileReader source;
    private byte delimiter = ',';
    private byte[] buf = new byte[4 * ChunkedFileReader.BLOCK_SIZE];
    private int limit;
    private int pos;
    private int recordStart;
    private boolean eof;
    private long consumedBefore;
    private int lastShift;

    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private int fieldCount;
    private long nextLine = 1;
    private long line;

    CsvRecordReader(ChunkedFileReader source) {
        this.source = source;
    }

    void delimiter(byte value) {
        this.delimiter = value;
    }

    /** Ensures at least {@code n} bytes are buffered from the current position if the file has them. */
    int peek(int n) throws IOException {
        while (limit - pos < n && fill()) {
            // keep filling
        }
        return Math.min(n, limit - pos);
    }

    byte[] buffer() {
        return buf;
    }

    int position() {
        return pos;
    }

    void skip(int n) {
        pos += n;
    }

    /**
     * Reads the next record.
     *
     * @return false at the end of the file
     * @throws CsvSyntaxException if a quoted field is not closed before the end of the file
     */
    boolean next() throws IOException, CsvSyntaxException {
        recordStart = pos;
        fieldCount = 0;
        line = nextLine;
        int p = pos;
        if (p >= limit) {
            boolean more = fill();
            p -= lastShift;
            if (!more) {
                return false;
            }
        }
        final byte delim = delimiter;
        while (true) {
            // one field
            if (p >= limit) {
                boolean more = fill();
                p -= lastShift;
                if (!more) {
                    addField(p, p);
                    pos = p;
                    return true;
                }
            }
            byte b = buf[p];
            if (b == '"') {
                p++;
                int start = p;
                int w = p;
                while (true) {
                    if (p >= limit) {
                        boolean more = fill();
                        p -= lastShift;
                        w -= lastShift;
                        start -= lastShift;
                        if (!more) {
                            throw new CsvSyntaxException(line, "a quoted field is not closed before the end of the file");
                        }
                    }
                    b = buf[p++];
                    if (b == '"') {
                        if (p >= limit) {
                            fill();
                            p -= lastShift;
                            w -= lastShift;
                            start -= lastShift;
                        }
                        if (p < limit && buf[p] == '"') {
                            buf[w++] = '"';
                            p++;
                            continue;
                        }
                        break;
                    }
                    if (b == '\n') {
                        nextLine++;
                    }
                    buf[w++] = b;
                }
                addField(start, w);
                // tolerate stray characters between the closing quote and the delimiter
                while (true) {
                    if (p >= limit) {
                        boolean more = fill();
                        p -= lastShift;
                        if (!more) {
                            pos = p;
                            return true;
                        }
                    }
                    b = buf[p];
                    if (b == delim || b == '\n' || b == '\r') {
                        break;
                    }
                    p++;
                }
            } else {
                int start = p;
                while (true) {
                    if (p >= limit) {
                        boolean more = fill();
                        p -= lastShift;
                        start -= lastShift;
                        if (!more) {
                            addField(start, p);
                            pos = p;
                            return true;
                        }
                    }
                    b = buf[p];
                    if (b == delim || b == '\n' || b == '\r') {
                        break;
                    }
                    p++;
                }
                addField(start, p);
            }
            // b is the delimiter or a line break at p
            p++;
            if (b == delim) {
                continue;
            }
            nextLine++;
            if (b == '\r') {
                if (p >= limit) {
                    fill();
                    p -= lastShift;
                }
                if (p < limit && buf[p] == '\n') {
                    p++;
                }
            }
            pos = p;
            return true;
        }
    }

    private void addField(int start, int end) {
        if (fieldCount == starts.length) {
            starts = Arrays.copyOf(starts, fieldCount * 2);
            ends = Arrays.copyOf(ends, fieldCount * 2);
        }
        starts[fieldCount] = start;
        ends[fieldCount] = end;
        fieldCount++;
    }

    /**
     * Moves the current record to the start of the buffer and appends the next block.
     *
     * Sets {@link #lastShift} to how far buffered bytes moved left.
     *
     * @return whether bytes were added (false at the end of the file)
     */
    private boolean fill() throws IOException {
        lastShift = 0;
        if (eof) {
            return false;
        }
        int shift = recordStart;
        lastShift = shift;
        if (shift > 0) {
            System.arraycopy(buf, shift, buf, 0, limit - shift);
            limit -= shift;
            pos -= Math.min(pos, shift);
            recordStart = 0;
            consumedBefore += shift;
            for (int i = 0; i < fieldCount; i++) {
                starts[i] -= shift;
                ends[i] -= shift;
            }
        }
        ChunkedFileReader.Block block = source.take();
        if (block.length() < 0) {
            eof = true;
            source.recycle(block.bytes());
            return false;
        }
        if (buf.length - limit < block.length()) {
            if (limit + block.length() > MAX_RECORD_BYTES + ChunkedFileReader.BLOCK_SIZE) {
                throw new IOException("line " + line + ": a record is longer than " + (MAX_RECORD_BYTES >> 20)
                        + " MB; is the file really a CSV export?");
            }
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, limit + block.length()));
        }
        System.arraycopy(block.bytes(), 0, buf, limit, block.length());
        limit += block.length();
        source.recycle(block.bytes());
        return true;
    }

    int fieldCount() {
        return fieldCount;
    }

    int start(int field) {
        return starts[field];
    }

    int end(int field) {
        return ends[field];
    }

    long line() {
        return line;
    }

    /** Bytes of the file consumed up to the current position. */
    long bytesConsumed() {
        return consumedBefore + pos;
    }

    /** Whether the current record is an empty line. */
    boolean isEmptyLine() {
        return fieldCount == 1 && starts[0] == ends[0];
    }

    /** The field as a new String (header rows and other rare uses). */
    String text(int field) {
        return new String(buf, starts[field], ends[field] - starts[field], StandardCharsets.UTF_8);
    }

    /** All fields of the current record as Strings. */
    String[] texts() {
        String[] texts = new String[fieldCount];
        for (int i = 0; i < fieldCount; i++) {
            texts[i] = text(i);
        }
        return texts;
    }
}
