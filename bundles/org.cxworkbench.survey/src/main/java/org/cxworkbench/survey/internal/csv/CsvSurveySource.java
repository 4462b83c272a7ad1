package org.cxworkbench.survey.internal.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

import org.cxworkbench.api.survey.SourceOptions;
import org.cxworkbench.api.survey.SurveyFormatException;
import org.cxworkbench.api.survey.SurveyHeader;
import org.cxworkbench.api.survey.SurveyRow;
import org.cxworkbench.api.survey.SurveyRows;
import org.cxworkbench.api.survey.SurveySource;
import org.cxworkbench.survey.internal.HeaderDetector;
import org.cxworkbench.survey.internal.StringRow;
import org.osgi.service.component.annotations.Component;

/**
 * Reads CSV exports ({@code .csv}, {@code .tsv}, {@code .txt}): UTF-8 with or without byte-order mark,
 * comma, semicolon or tab detected from the first record, RFC 4180 quoting, CRLF or LF line ends. The file
 * is streamed through a reader thread that also computes its SHA-256.
 */
@Component(service = SurveySource.class, property = SurveySource.ID + "=csv")
public final class CsvSurveySource implements SurveySource {

    @Override
    public String id() {
        return "csv";
    }

    @Override
    public boolean accepts(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt");
    }

    @Override
    public SurveyRows open(Path file, SourceOptions options) throws IOException, SurveyFormatException {
        ChunkedFileReader chunks = new ChunkedFileReader(file);
        try {
            CsvRecordReader reader = new CsvRecordReader(chunks);
            skipByteOrderMark(file, reader);
            reader.delimiter(DelimiterSniffer.sniff(reader.buffer(), reader.position(),
                    reader.position() + reader.peek(256 * 1024)));
            List<String[]> firstRows = new ArrayList<>();
            List<Long> lines = new ArrayList<>();
            while (firstRows.size() < HeaderDetector.ROWS_NEEDED && reader.next()) {
                if (reader.isEmptyLine()) {
                    continue;
                }
                firstRows.add(reader.texts());
                lines.add(reader.line());
            }
            if (firstRows.isEmpty()) {
                throw new SurveyFormatException(file, 0, "the file is empty: no header row");
            }
            SurveyHeader header = HeaderDetector.detect(firstRows);
            Deque<SurveyRow> readAhead = new ArrayDeque<>();
            for (int i = (int) header.headerLines(); i < firstRows.size(); i++) {
                readAhead.add(new StringRow(lines.get(i), firstRows.get(i)));
            }
            return new CsvRows(file, chunks, reader, header, readAhead);
        } catch (CsvSyntaxException e) {
            chunks.close();
            throw new SurveyFormatException(file, e.line(), e.getMessage());
        } catch (IOException | SurveyFormatException | RuntimeException e) {
            chunks.close();
            throw e;
        }
    }

    private static void skipByteOrderMark(Path file, CsvRecordReader reader) throws IOException, SurveyFormatException {
        int n = reader.peek(3);
        byte[] b = reader.buffer();
        int p = reader.position();
        if (n >= 3 && (b[p] & 0xff) == 0xEF && (b[p + 1] & 0xff) == 0xBB && (b[p + 2] & 0xff) == 0xBF) {
            reader.skip(3);
        } else if (n >= 2 && ((b[p] & 0xff) == 0xFF && (b[p + 1] & 0xff) == 0xFE
                || (b[p] & 0xff) == 0xFE && (b[p + 1] & 0xff) == 0xFF)) {
            throw new SurveyFormatException(file, 1, "the file is UTF-16 encoded; export it again as CSV in UTF-8");
        }
    }

    /** The open stream: read-ahead rows first, then records straight from the byte buffer. */
    private static final class CsvRows implements SurveyRows, SurveyRow {

        private final Path file;
        private final ChunkedFileReader chunks;
        private final CsvRecordReader reader;
        private final SurveyHeader header;
        private final Deque<SurveyRow> readAhead;
        private final ByteFieldView view = new ByteFieldView();

        CsvRows(Path file, ChunkedFileReader chunks, CsvRecordReader reader, SurveyHeader header,
                Deque<SurveyRow> readAhead) {
            this.file = file;
            this.chunks = chunks;
            this.reader = reader;
            this.header = header;
            this.readAhead = readAhead;
        }

        @Override
        public SurveyHeader header() {
            return header;
        }

        @Override
        public SurveyRow next() throws IOException, SurveyFormatException {
            if (!readAhead.isEmpty()) {
                return readAhead.poll();
            }
            try {
                while (reader.next()) {
                    if (!reader.isEmptyLine()) {
                        return this;
                    }
                }
                return null;
            } catch (CsvSyntaxException e) {
                throw new SurveyFormatException(file, e.line(), e.getMessage());
            }
        }

        @Override
        public long line() {
            return reader.line();
        }

        @Override
        public int size() {
            return reader.fieldCount();
        }

        @Override
        public CharSequence field(int column) {
            if (column < 0 || column >= reader.fieldCount()) {
                return "";
            }
            return view.set(reader.buffer(), reader.start(column), reader.end(column));
        }

        @Override
        public long bytesRead() {
            return reader.bytesConsumed();
        }

        @Override
        public long totalBytes() {
            return chunks.size();
        }

        @Override
        public String sha256() {
            return chunks.sha256();
        }

        @Override
        public void close() {
            chunks.close();
        }
    }
}
