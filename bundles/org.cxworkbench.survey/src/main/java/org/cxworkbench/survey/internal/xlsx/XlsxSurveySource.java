package org.cxworkbench.survey.internal.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.cxworkbench.api.survey.SourceOptions;
import org.cxworkbench.api.survey.SurveyFormatException;
import org.cxworkbench.api.survey.SurveyHeader;
import org.cxworkbench.api.survey.SurveyRow;
import org.cxworkbench.api.survey.SurveyRows;
import org.cxworkbench.api.survey.SurveySource;
import org.cxworkbench.survey.internal.HeaderDetector;
import org.cxworkbench.survey.internal.StringRow;
import org.osgi.service.component.annotations.Component;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads {@code .xlsx} survey exports through POI's streaming event API ({@link XSSFReader} and a SAX
 * parser with DTDs and external entities off), never the user model: a background thread parses the sheet
 * and hands rows over a small queue. The first sheet is read unless a sheet is named. Zip-bomb limits:
 * see {@link XlsxLimits}.
 */
@Component(service = SurveySource.class, property = SurveySource.ID + "=xlsx")
public final class XlsxSurveySource implements SurveySource {

    @Override
    public String id() {
        return "xlsx";
    }

    @Override
    public boolean accepts(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xlsm");
    }

    @Override
    public SurveyRows open(Path file, SourceOptions options) throws IOException, SurveyFormatException {
        XlsxLimits.apply();
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException e) {
            throw new SurveyFormatException(file, 0, "not a readable XLSX workbook: " + message(e), e);
        }
        try {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            List<String> names = new ArrayList<>();
            InputStream sheet = null;
            while (sheets.hasNext()) {
                InputStream candidate = sheets.next();
                String name = sheets.getSheetName();
                names.add(name);
                if (sheet == null && (options.sheet().isEmpty() || options.sheet().get().equalsIgnoreCase(name))) {
                    sheet = candidate;
                } else {
                    candidate.close();
                }
            }
            if (sheet == null) {
                throw new SurveyFormatException(file, 0, options.sheet().isPresent()
                        ? "no sheet named '" + options.sheet().get() + "'; sheets: " + String.join(", ", names)
                        : "the workbook has no sheet");
            }
            SheetRows rows = new SheetRows(file, pkg, sheet, styles, strings);
            rows.readHeader();
            return rows;
        } catch (SurveyFormatException e) {
            pkg.revert();
            throw e;
        } catch (IOException e) {
            pkg.revert();
            if (isZipBomb(e)) {
                throw new SurveyFormatException(file, 0, "refused: " + message(e), e);
            }
            throw e;
        } catch (OpenXML4JException | SAXException | RuntimeException e) {
            pkg.revert();
            throw new SurveyFormatException(file, 0, "not a readable XLSX workbook: " + message(e), e);
        }
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
                return true;
            }
        }
        return false;
    }

    static String message(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        if (m.contains("Zip bomb")) {
            return "the workbook expands far more than its size (zip bomb protection: entries may expand at most "
                    + Math.round(1 / XlsxLimits.MIN_INFLATE_RATIO) + " times and to at most "
                    + (XlsxLimits.MAX_ENTRY_SIZE >> 20) + " MB)";
        }
        int cut = m.indexOf('\n');
        return cut > 0 ? m.substring(0, cut) : m;
    }

    static XMLReader secureReader() throws SAXException, ParserConfigurationException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        XMLReader reader = factory.newSAXParser().getXMLReader();
        return reader;
    }

    /** Streams one sheet: the SAX parse runs on its own thread and queues rows of cell texts. */
    static final class SheetRows implements SurveyRows, XSSFSheetXMLHandler.SheetContentsHandler {

        private static final StringRow END = new StringRow(-1, new String[0]);

        private final Path file;
        private final OPCPackage pkg;
        private final InputStream sheet;
        private final StylesTable styles;
        private final ReadOnlySharedStringsTable strings;
        private final BlockingQueue<StringRow> queue = new ArrayBlockingQueue<>(1024);
        private final List<StringRow> readAhead = new ArrayList<>();
        private volatile Exception failure;
        private volatile boolean closed;
        private Thread parser;
        private SurveyHeader header;
        private long rowsHandedOut;

        private final List<String> cells = new ArrayList<>();
        private int currentRow;

        SheetRows(Path file, OPCPackage pkg, InputStream sheet, StylesTable styles, ReadOnlySharedStringsTable strings) {
            this.file = file;
            this.pkg = pkg;
            this.sheet = sheet;
            this.styles = styles;
            this.strings = strings;
        }

        void readHeader() throws IOException, SurveyFormatException {
            parser = new Thread(this::parse, "cxw-survey-xlsx " + file.getFileName());
            parser.setDaemon(true);
            parser.start();
            List<String[]> first = new ArrayList<>();
            while (first.size() < HeaderDetector.ROWS_NEEDED) {
                StringRow row = take();
                if (row == null) {
                    break;
                }
                readAhead.add(row);
                first.add(row.fields());
            }
            if (first.isEmpty()) {
                throw new SurveyFormatException(file, 0, "the sheet is empty: no header row");
            }
            header = HeaderDetector.detect(first);
            readAhead.subList(0, (int) header.headerLines()).clear();
        }

        private void parse() {
            try (InputStream in = sheet) {
                XMLReader reader = secureReader();
                reader.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, this, new IsoDateFormatter(), false));
                reader.parse(new InputSource(in));
            } catch (Exception e) {
                if (!closed) {
                    failure = e;
                }
            } finally {
                try {
                    if (!closed) {
                        queue.put(END);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        @Override
        public void startRow(int rowNum) {
            currentRow = rowNum;
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            boolean blank = cells.stream().allMatch(c -> c == null || c.isBlank());
            if (blank) {
                return;
            }
            try {
                queue.put(new StringRow(rowNum + 1L, cells.toArray(new String[0])));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("closed");
            }
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = columnIndex(cellReference, cells.size());
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
        }

        private static int columnIndex(String reference, int fallback) {
            if (reference == null) {
                return fallback;
            }
            int column = 0;
            for (int i = 0; i < reference.length(); i++) {
                char c = reference.charAt(i);
                if (c < 'A' || c > 'Z') {
                    break;
                }
                column = column * 26 + (c - 'A' + 1);
            }
            return column - 1;
        }

        private StringRow take() throws IOException, SurveyFormatException {
            try {
                StringRow row = queue.take();
                if (row == END) {
                    queue.offer(END);
                    if (failure != null) {
                        Exception e = failure;
                        if (isZipBomb(e)) {
                            throw new SurveyFormatException(file, 0, "refused: " + message(e), e);
                        }
                        throw new SurveyFormatException(file, currentRow + 1L, "cannot read the sheet: " + message(e), e);
                    }
                    return null;
                }
                return row;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }

        @Override
        public SurveyHeader header() {
            return header;
        }

        @Override
        public SurveyRow next() throws IOException, SurveyFormatException {
            StringRow row = readAhead.isEmpty() ? take() : readAhead.remove(0);
            if (row != null) {
                rowsHandedOut++;
            }
            return row;
        }

        @Override
        public long bytesRead() {
            // the sheet is inflated while it is parsed: compressed bytes consumed are not known
            return 0;
        }

        @Override
        public long totalBytes() {
            return -1;
        }

        /** Rows handed out so far. */
        long rows() {
            return rowsHandedOut;
        }

        @Override
        public void close() {
            closed = true;
            if (parser != null) {
                parser.interrupt();
            }
            queue.clear();
            pkg.revert();
        }
    }
}
