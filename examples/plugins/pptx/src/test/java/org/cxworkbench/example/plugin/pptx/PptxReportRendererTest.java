package org.cxworkbench.example.plugin.pptx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.cxworkbench.api.report.BulletList;
import org.cxworkbench.api.report.Chart;
import org.cxworkbench.api.report.KeyFigures;
import org.cxworkbench.api.report.Paragraph;
import org.cxworkbench.api.report.ReportDocument;
import org.cxworkbench.api.report.Section;
import org.cxworkbench.api.report.Status;
import org.cxworkbench.api.report.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PptxReportRendererTest {

    private static XMLSlideShow deck;

    @BeforeAll
    static void render() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PptxReportRenderer().render(acmeReport(), out);
        deck = new XMLSlideShow(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void oneSlidePerSectionAfterTheTitleSlide() {
        assertEquals(List.of("Acme Fresh CX report 2026-Q3", "Executive scorecard", "Goal progress", "KPI trend",
                "Customer journey: Busy parents ordering groceries: emotion", "Top actions: Action plan",
                "Competitors"), titles());
        assertEquals("Acme Fresh · 2026-Q3", text(deck.getSlides().get(0)).get(1));
    }

    @Test
    void theScorecardShowsTheSummaryKeyFigures() {
        XSLFTable table = table(deck.getSlides().get(1));
        assertEquals(2, table.getNumberOfRows());
        assertEquals("NPS", table.getCell(0, 0).getText());
        assertEquals("42.0", table.getCell(0, 1).getText());
        assertEquals("+1.0 vs 2026-Q2, target 43", table.getCell(0, 2).getText());
        assertEquals("Churn", table.getCell(1, 0).getText());
        assertEquals("10.0 %", table.getCell(1, 1).getText());
    }

    @Test
    void longTablesAreCutWithANoteToTheExcelReport() {
        XSLFSlide goals = deck.getSlides().get(2);
        XSLFTable table = table(goals);
        assertEquals(1 + DeckWriter.TABLE_ROWS, table.getNumberOfRows(), "header and the first rows");
        assertEquals("Goal", table.getCell(0, 0).getText());
        assertEquals("Raise NPS by one full point this quarter", table.getCell(1, 0).getText());
        assertEquals("12.5 %", table.getCell(1, 1).getText(), "percent column formatted");
        assertTrue(text(goals).contains("... 4 more rows, see the Excel report"), text(goals).toString());

        XSLFSlide plan = deck.getSlides().get(5);
        assertEquals(1 + DeckWriter.TOP_ACTIONS, table(plan).getNumberOfRows());
        assertEquals("Find a chatbot vendor", table(plan).getCell(1, 0).getText());
        assertTrue(text(plan).contains("... 3 more rows, see the Excel report"), text(plan).toString());
    }

    @Test
    void theKpiTrendIsANativeLineChartFromTheFirstLineChart() throws Exception {
        XSLFChart chart = chart(deck.getSlides().get(3));
        assertEquals("NPS and CSAT by quarter", titleOf(chart));
        assertEquals(1, chart.getChartSeries().size());
        assertTrue(chart.getChartSeries().get(0) instanceof XDDFLineChartData, "line, not the bar chart before it");
        var series = chart.getChartSeries().get(0).getSeries(0);
        assertEquals(4, series.getCategoryData().getPointCount());
        assertEquals("2026-Q3", series.getCategoryData().getPointAt(3));
        assertEquals(2, chart.getChartSeries().get(0).getSeriesCount());
        var csat = chart.getChartSeries().get(0).getSeries(1);
        assertEquals(83.0, ((Number) csat.getValuesData().getPointAt(3)).doubleValue(), 1e-9);
        XSSFSheet data = chart.getWorkbook().getSheetAt(0);
        assertEquals("NPS", data.getRow(0).getCell(1).getStringCellValue());
        assertEquals(42.0, data.getRow(4).getCell(1).getNumericCellValue(), 1e-9);
        Cell gap = data.getRow(1).getCell(1);
        assertTrue(gap == null || gap.getCellType() == CellType.BLANK, "no NPS in 2025-Q4: a gap, not 0");
    }

    @Test
    void theJourneySlideCarriesTheEmotionCurve() {
        XSLFChart chart = chart(deck.getSlides().get(4));
        assertEquals("Busy parents ordering groceries: emotion", titleOf(chart));
        var series = chart.getChartSeries().get(0).getSeries(0);
        assertEquals("Recipe pop-up before checkout", series.getCategoryData().getPointAt(2));
    }

    @Test
    void userTextThatLooksLikeAFormulaIsQuotedInTheChartWorkbook() throws Exception {
        XSLFChart chart = chart(deck.getSlides().get(4));
        XSSFSheet sheet = chart.getWorkbook().getSheetAt(0);
        Cell name = sheet.getRow(0).getCell(1);
        assertEquals(CellType.STRING, name.getCellType());
        assertEquals("=HYPERLINK(\"http://evil\",\"x\")", name.getStringCellValue());
        assertTrue(name.getCellStyle().getQuotePrefixed(), "neutralised");
        Cell plain = sheet.getRow(1).getCell(0);
        assertFalse(plain.getCellStyle().getQuotePrefixed(), "ordinary text left alone");
    }

    @Test
    void anUnknownSectionGetsACompactSlideWithTextAndItsTable() {
        XSLFSlide slide = deck.getSlides().get(6);
        List<String> text = text(slide);
        assertTrue(text.contains("FreshDirect ships in two hours."), text.toString());
        assertTrue(text.contains("• Price match on staples"), text.toString());
        assertEquals("FreshDirect", table(slide).getCell(1, 0).getText());
    }

    @Test
    void sectionsWithoutTheirUsualBlocksStillGetASlide() throws Exception {
        ReportDocument bare = new ReportDocument("Bare", "", "2026-Q3", "en", List.of(
                new Section("summary", "Summary", List.of(new Paragraph("Nothing measured yet."))),
                new Section("kpis", "KPIs", List.of(new Chart("bars", "Bars only", Chart.Kind.BAR,
                        List.of("2026-Q3"), List.of(new Chart.Series("NPS", List.of(1.0))), "points")))),
                Map.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PptxReportRenderer().render(bare, out);
        try (XMLSlideShow read = new XMLSlideShow(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals(List.of("Bare", "Summary", "KPIs"),
                    read.getSlides().stream().map(PptxReportRendererTest::titleOf).toList());
            assertTrue(text(read.getSlides().get(1)).contains("Nothing measured yet."));
            assertTrue(read.getSlides().get(2).getShapes().stream().noneMatch(s -> s instanceof XSLFTable));
        }
    }

    @Test
    void barChartsOfTheJourneySectionStayBars() throws Exception {
        ReportDocument doc = new ReportDocument("Bars", "", "2026-Q3", "de", List.of(new Section("journeys", "Journeys",
                List.of(new Chart("stages", "Pain points per stage", Chart.Kind.BAR, List.of("Search", "Pay"),
                        List.of(new Chart.Series("Pain points", List.of(3.0, 1.0))), "count")))), Map.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PptxReportRenderer().render(doc, out);
        try (XMLSlideShow read = new XMLSlideShow(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals("Customer Journey: Pain points per stage", read.getSlides().get(1).getTitle(), "German labels");
            assertTrue(chart(read.getSlides().get(1)).getChartSeries().get(0) instanceof XDDFBarChartData);
        }
    }

    private static List<String> titles() {
        return deck.getSlides().stream().map(PptxReportRendererTest::titleOf).toList();
    }

    private static List<String> text(XSLFSlide slide) {
        List<String> lines = new ArrayList<>();
        for (XSLFShape shape : slide.getShapes()) {
            if (shape instanceof XSLFTextShape t) {
                t.getTextParagraphs().forEach(p -> lines.add(p.getText()));
            }
        }
        return lines;
    }

    private static XSLFTable table(XSLFSlide slide) {
        return slide.getShapes().stream().filter(XSLFTable.class::isInstance).map(XSLFTable.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no table on " + slide.getTitle()));
    }

    /** The slide's title; the title slide has a centred title that POI's getTitle() does not report. */
    private static String titleOf(XSLFSlide slide) {
        return slide.getPlaceholder(0).getText();
    }

    private static String titleOf(XSLFChart chart) {
        return chart.getCTChart().getTitle().getTx().getRich().getPArray(0).getRArray(0).getT();
    }

    private static XSLFChart chart(XSLFSlide slide) {
        return slide.getRelations().stream().filter(XSLFChart.class::isInstance).map(XSLFChart.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("no chart on " + slide.getTitle()));
    }

    /** The Acme Fresh quarterly report in neutral form, as the report service would build it. */
    private static ReportDocument acmeReport() {
        Section summary = new Section("summary", "Summary", List.of(new Paragraph("A good quarter."),
                new KeyFigures(List.of(new KeyFigures.KeyFigure("NPS", "42.0", "+1.0 vs 2026-Q2, target 43", Status.WARNING),
                        new KeyFigures.KeyFigure("Churn", "10.0 %", "500 -> 450 customers", Status.GOOD)))));
        List<List<Table.Cell>> goalRows = new ArrayList<>();
        goalRows.add(List.of(Table.Cell.of("Raise NPS by one full point this quarter"), Table.Cell.of(12.5),
                new Table.Cell("AT_RISK", Status.WARNING)));
        goalRows.add(List.of(Table.Cell.of("Cut the time to resolve an issue by 20 % this quarter"), Table.Cell.of(80.0),
                new Table.Cell("ON_TRACK", Status.GOOD)));
        IntStream.range(0, 12).forEach(i -> goalRows.add(List.of(Table.Cell.of("Goal " + i), Table.Cell.of(i * 5.0),
                new Table.Cell("UNKNOWN", Status.NEUTRAL))));
        Section goals = new Section("goals", "Goals", List.of(new Table("goals", "", List.of(
                Table.Column.of("goal", "Goal", Table.Kind.TEXT), Table.Column.of("progress", "Progress", Table.Kind.PERCENT),
                Table.Column.of("status", "Status", Table.Kind.STATUS)), goalRows, false)));
        List<String> quarters = List.of("2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3");
        Section kpis = new Section("kpis", "KPIs", List.of(
                new Chart("n", "Answers per quarter", Chart.Kind.BAR, quarters,
                        List.of(new Chart.Series("Answers", List.of(100.0, 120.0, 130.0, 150.0))), "answers"),
                new Chart("trend", "NPS and CSAT by quarter", Chart.Kind.LINE, quarters,
                        List.of(new Chart.Series("NPS", List.of(Double.NaN, 38.0, 41.0, 42.0)),
                                new Chart.Series("CSAT", List.of(78.0, 80.0, 81.0, 83.0))), "points")));
        Section journeys = new Section("journeys", "Personas and journeys", List.of(new Chart("emotion",
                "Busy parents ordering groceries: emotion", Chart.Kind.LINE,
                List.of("Plan the week", "Fill the basket", "Recipe pop-up before checkout", "Delivery"),
                List.of(new Chart.Series("=HYPERLINK(\"http://evil\",\"x\")", List.of(0.0, -1.0, 2.0, 1.0))), "emotion")));
        List<String> steps = List.of("Find a chatbot vendor", "Implement the chatbot", "Test the chatbot",
                "Launch the chatbot", "Recipe pop-up", "Train agents", "Weekly delivery slots", "Loyalty points");
        Section plan = new Section("plan", "Action plan", List.of(new Table("tactics", "Tactics",
                List.of(Table.Column.of("step", "Step", Table.Kind.TEXT), Table.Column.of("due", "Due", Table.Kind.DATE)),
                steps.stream().map(s -> List.of(Table.Cell.of(s), Table.Cell.of("2026-09-30"))).collect(Collectors.toList()),
                false)));
        Section competitors = new Section("competitors", "Competitors", List.of(new Paragraph("FreshDirect ships in two hours."),
                new BulletList(List.of("Price match on staples")), new Table("c", "", List.of(
                        Table.Column.of("name", "Competitor", Table.Kind.TEXT), Table.Column.of("nps", "NPS", Table.Kind.DECIMAL)),
                        List.of(List.of(Table.Cell.of("FreshDirect"), Table.Cell.of(35.25))), false)));
        return new ReportDocument("Acme Fresh CX report 2026-Q3", "Acme Fresh · 2026-Q3", "2026-Q3", "en",
                List.of(summary, goals, kpis, journeys, plan, competitors), Map.of());
    }
}
