package org.cxworkbench.report.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cxworkbench.api.report.BulletList;
import org.cxworkbench.api.report.Chart;
import org.cxworkbench.api.report.Heading;
import org.cxworkbench.api.report.KeyFigures;
import org.cxworkbench.api.report.Notice;
import org.cxworkbench.api.report.Paragraph;
import org.cxworkbench.api.report.ReportDocument;
import org.cxworkbench.api.report.Section;
import org.cxworkbench.api.report.Status;
import org.cxworkbench.api.report.Table;
import org.cxworkbench.api.report.Table.Cell;
import org.cxworkbench.api.report.Table.Column;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfRendererTest {

    /** From the Frisian source article (seeds 000). */
    static final String FRISIAN = "Binne jo oait sa optein om in online bestelling te ûntfangen? "
            + "Jo frustrearjende ûnderfining kin wurde omfoarme ta in positive. Klantreis";
    static final String ITALIAN = "La customer experience è più di un sondaggio: perché conta";
    static final String FILIPINO = "Karanasan ng kostumer sa Parañaque, â";
    static final Map<String, String> LABELS = Map.of("contents", "Contents", "page", "Page", "pageOfTotal",
            "Page {0} of {1}", "generatedBy", "Written by CX Workbench", "period", "Reporting period", "noData",
            "No data", "missingGlyphs", "Some characters cannot be printed with the embedded font and are shown as ?: {0}");

    static ReportDocument document;
    static byte[] pdf;
    static String text;
    static int pages;

    @BeforeAll
    static void render() throws IOException {
        document = sample();
        pdf = render(document);
        // kept for looking at: target/sample-report.pdf
        java.nio.file.Files.write(java.nio.file.Path.of("target", "sample-report.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc);
            pages = doc.getNumberOfPages();
        }
    }

    static byte[] render(ReportDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfRenderer().render(doc, out);
        return out.toByteArray();
    }

    static ReportDocument sample() {
        Table nps = new Table("nps", "NPS by touchpoint", List.of(Column.of("touchpoint", "Touchpoint", Table.Kind.TEXT),
                Column.of("promoters", "Promoters", Table.Kind.INTEGER),
                Column.of("detractors", "Detractors", Table.Kind.INTEGER), Column.of("n", "Responses", Table.Kind.INTEGER),
                new Column("nps", "NPS", Table.Kind.DECIMAL, "({promoters} - {detractors}) / {n} * 100", 2),
                Column.of("share", "Share", Table.Kind.PERCENT), Column.of("status", "Status", Table.Kind.STATUS)),
                List.of(List.of(Cell.of("Mobile grocery ordering"), Cell.of(120), Cell.of(30), Cell.of(200),
                        Cell.of(45.0), Cell.of(12.5), new Cell("On track", Status.GOOD)),
                        List.of(Cell.of("Recipe pop-up before checkout"), Cell.of(40), Cell.of(25), Cell.of(100),
                                Cell.of(15.0), Cell.of(87.5), new Cell("Act now", Status.BAD))),
                false);
        List<List<Cell>> long_ = new ArrayList<>();
        for (int i = 1; i <= 130; i++) {
            long_.add(List.of(Cell.of(i), Cell.of("Touchpoint row " + i), Cell.of(i * 1.5)));
        }
        Table longTable = new Table("long", "All touchpoints", List.of(Column.of("no", "RowNo", Table.Kind.INTEGER),
                Column.of("name", "TouchpointName", Table.Kind.TEXT), Column.of("v", "ValueCol", Table.Kind.DECIMAL)),
                long_, false);
        Chart line = new Chart("trend", "NPS trend", Chart.Kind.LINE, List.of("2026-Q1", "2026-Q2", "2026-Q3"),
                List.of(new Chart.Series("NPS", List.of(41.0, 42.0, 43.0))), "points");
        Chart bar = new Chart("resolution", "Time to resolve an issue", Chart.Kind.BAR, List.of("Phone", "Email"),
                List.of(new Chart.Series("2026-Q2", List.of(10.0, 30.0)), new Chart.Series("2026-Q3",
                        List.of(8.0, 24.0))), "hours");
        Section summary = new Section("summary", "Executive summary", List.of(new Heading(1, "KPI scorecard"),
                new KeyFigures(List.of(new KeyFigures.KeyFigure("NPS", "43.0", "+1.0 vs 2026-Q2", Status.GOOD),
                        new KeyFigures.KeyFigure("CES", "5.1", "-0.2 vs 2026-Q2", Status.BAD))),
                new Paragraph("Raise NPS by one full point this quarter."), new Paragraph(FRISIAN),
                new Paragraph(ITALIAN), new BulletList(List.of(FILIPINO, "Churn 500 -> 450 in Q1 = 10 %")), nps, line));
        Section journeys = new Section("journeys", "Personas and customer journeys", List.of(
                new Notice(Status.BAD, "The section \"Competitors\" failed: boom"), bar, new Paragraph("顧客 ✓")));
        Section appendix = new Section("appendix", "Appendix", List.of(longTable));
        return new ReportDocument("Quarterly CX strategy report", "Acme Groceries · 2026-Q3", "2026-Q3", "en",
                List.of(summary, journeys, appendix), LABELS);
    }

    @Test
    void coverContentsAndSectionTitles() {
        assertTrue(text.contains("Quarterly CX strategy report"));
        assertTrue(text.contains("Acme Groceries · 2026-Q3"));
        assertTrue(text.contains("Reporting period: 2026-Q3"));
        assertTrue(text.contains("Contents"));
        for (Section s : document.sections()) {
            assertTrue(text.contains(s.title()), s.title());
        }
    }

    @Test
    void contentsListsTheRealPageOfEverySection() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int i = 0; i < document.sections().size(); i++) {
                String title = document.sections().get(i).title();
                Matcher m = Pattern.compile(Pattern.quote((i + 1) + ".") + "\\s*" + Pattern.quote(title) + "\\s+(\\d+)")
                        .matcher(pageText(doc, 2));
                assertTrue(m.find(), "contents entry for " + title);
                int page = Integer.parseInt(m.group(1));
                String onPage = pageText(doc, page);
                assertTrue(onPage.contains(title), title + " starts on page " + page);
                assertFalse(pageText(doc, page - 1).contains("\n" + title + "\n"), title + " not before page " + page);
            }
        }
    }

    @Test
    void footerHeaderAndPageCount() throws IOException {
        assertTrue(pages >= 6, "pages: " + pages);
        assertTrue(text.contains("Page 1 of " + pages));
        assertTrue(text.contains("Page " + pages + " of " + pages));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String last = pageText(doc, pages);
            assertTrue(last.contains("Quarterly CX strategy report") && last.contains("Appendix"), "running header");
        }
    }

    @Test
    void oneBookmarkPerSection() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
            }
            assertEquals(document.sections().stream().map(Section::title).toList(), titles);
        }
    }

    @Test
    void numbersAreFormattedLikeTheSpreadsheet() {
        assertTrue(text.contains("45.0"), "decimal");
        assertTrue(text.contains("12.5%"), "percent");
        assertTrue(text.contains("120"), "integer");
        assertTrue(text.contains("On track") && text.contains("Act now"));
    }

    @Test
    void frisianItalianAndFilipinoTextSurvives() {
        assertTrue(text.replace("\n", " ").contains("ûntfangen"), "Frisian");
        assertTrue(text.contains("ûnderfining"));
        assertTrue(text.contains("Klantreis"));
        assertTrue(text.contains("è più") && text.contains("perché"), "Italian");
        assertTrue(text.contains("Parañaque, â"), "Filipino");
    }

    @Test
    void charactersTheFontLacksAreReplacedAndReported() {
        assertTrue(text.contains("?? ✓") || text.contains("?? ?"), "replaced, not dropped");
        assertTrue(text.contains("U+9867"), "the cover names the missing character");
    }

    @Test
    void longTableRepeatsItsHeaderOnEveryPage() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int withHeader = 0;
            for (int p = 1; p <= pages; p++) {
                String page = pageText(doc, p);
                if (page.contains("Touchpoint row")) {
                    assertTrue(page.contains("TouchpointName"), "header repeated on page " + p);
                    withHeader++;
                }
            }
            assertTrue(withHeader >= 3, "the table runs over " + withHeader + " pages");
        }
    }

    @Test
    void chartsAreVectorGraphicsNotImages() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    assertFalse(page.getResources().getXObject(name) instanceof PDImageXObject, "raster image");
                }
            }
        }
        assertTrue(text.contains("NPS trend") && text.contains("Time to resolve an issue"));
    }

    @Test
    void theSameDocumentGivesTheSameBytes() throws IOException {
        assertArrayEquals(pdf, render(sample()));
    }

    static String pageText(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc);
    }
}
