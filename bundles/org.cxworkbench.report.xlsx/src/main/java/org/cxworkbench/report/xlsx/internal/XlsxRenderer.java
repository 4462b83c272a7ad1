package org.cxworkbench.report.xlsx.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cxworkbench.api.report.ReportDocument;
import org.cxworkbench.api.report.ReportRenderer;
import org.cxworkbench.api.report.Section;
import org.cxworkbench.api.report.Table;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code xlsx} report format: a contents sheet and one sheet per section. When any table is marked large
 * the whole workbook is streamed with SXSSF (100 rows in memory, compressed temporary files, disposed after);
 * charts are then drawn on the XSSF sheets underneath, which are not streamed. The package is written to a
 * temporary file first and then copied with fixed entry times, so the same document gives the same bytes.
 */
@Component(service = ReportRenderer.class, property = ReportRenderer.FORMAT + "=xlsx")
public final class XlsxRenderer implements ReportRenderer {

    /** Rows SXSSF keeps in memory. */
    static final int STREAM_WINDOW = 100;

    @Override
    public String extension() {
        return "xlsx";
    }

    @Override
    public void render(ReportDocument document, OutputStream out) throws IOException {
        Path temp = Files.createTempFile("cxw-report-", ".xlsx");
        try {
            try (OutputStream file = Files.newOutputStream(temp)) {
                renderWorkbook(document, file);
            }
            StableZip.copy(temp, out, LocalDateTime.ofInstant(PeriodEnd.of(document.period()), ZoneOffset.UTC));
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void renderWorkbook(ReportDocument document, OutputStream out) throws IOException {
        XSSFWorkbook base = new XSSFWorkbook();
        fixProperties(base, document);
        if (hasLargeTable(document)) {
            SXSSFWorkbook streaming = new SXSSFWorkbook(base, STREAM_WINDOW, true);
            try {
                write(streaming, base, document);
                streaming.write(out);
            } finally {
                streaming.dispose();
                streaming.close();
            }
        } else {
            try (base) {
                write(base, base, document);
                base.write(out);
            }
        }
    }

    private static void write(Workbook workbook, XSSFWorkbook xssf, ReportDocument document) {
        XlsxStyles styles = new XlsxStyles(workbook);
        SheetNames names = new SheetNames();
        String contentsName = names.unique(document.label("contents"));
        Sheet contents = workbook.createSheet(contentsName);
        List<String> sheetNames = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (Section section : document.sections()) {
            sheetNames.add(names.unique(section.title()));
            titles.add(section.title());
        }
        ContentsSheetWriter.write(contents, document, titles, sheetNames, styles);
        for (int i = 0; i < document.sections().size(); i++) {
            Sheet sheet = workbook.createSheet(sheetNames.get(i));
            XSSFSheet chartSheet = xssf.getSheet(sheetNames.get(i));
            new SectionSheetWriter(sheet, chartSheet, styles, document, contentsName).write(document.sections().get(i));
        }
        workbook.setActiveSheet(0);
    }

    /** Creation and modification dates fixed to the period's end, so the same report gives the same file. */
    private static void fixProperties(XSSFWorkbook workbook, ReportDocument document) {
        POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
        Date end = Date.from(PeriodEnd.of(document.period()));
        core.setCreated(Optional.of(end));
        core.setModified(Optional.of(end));
        core.setTitle(document.title());
        core.setSubjectProperty(document.subtitle());
        core.setCreator(document.label("generatedBy"));
    }

    static boolean hasLargeTable(ReportDocument document) {
        return document.sections().stream().flatMap(s -> s.blocks().stream())
                .anyMatch(b -> b instanceof Table t && t.large());
    }
}
