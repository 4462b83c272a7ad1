package org.cxworkbench.example.plugin.pptx;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFSlideMaster;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.cxworkbench.api.report.Chart;
import org.cxworkbench.api.report.KeyFigures;
import org.cxworkbench.api.report.Status;
import org.cxworkbench.api.report.Table;

/** The kinds of slide in the deck, drawn on a 16:9 page with the default master's layouts. */
final class Slides {

    static final int WIDTH = 960;
    static final int HEIGHT = 540;
    private static final double MARGIN = 36;
    private static final double BODY_TOP = 100;
    private static final double ROW_HEIGHT = 26;

    private final XMLSlideShow deck;
    private final DeckLabels labels;
    private final XSLFSlideLayout titleLayout;
    private final XSLFSlideLayout titleOnlyLayout;

    Slides(XMLSlideShow deck, DeckLabels labels) {
        this.deck = deck;
        this.labels = labels;
        XSLFSlideMaster master = deck.getSlideMasters().get(0);
        this.titleLayout = master.getLayout(SlideLayout.TITLE);
        this.titleOnlyLayout = master.getLayout(SlideLayout.TITLE_ONLY);
    }

    /** The opening slide: report title and subtitle. */
    void title(String title, String subtitle) {
        XSLFSlide slide = deck.createSlide(titleLayout);
        XSLFTextShape heading = slide.getPlaceholder(0);
        heading.setText(title);
        heading.setAnchor(new Rectangle2D.Double(MARGIN, 150, WIDTH - 2 * MARGIN, 120));
        XSLFTextShape sub = slide.getPlaceholder(1);
        sub.setText(subtitle == null ? "" : subtitle);
        sub.setAnchor(new Rectangle2D.Double(MARGIN, 290, WIDTH - 2 * MARGIN, 80));
    }

    /** The headline numbers as a three-column table, the value cells coloured by status. */
    void keyFigures(String title, KeyFigures figures) {
        XSLFSlide slide = titled(title);
        if (figures.figures().isEmpty()) {
            text(slide, List.of(labels.get("noFigures")), BODY_TOP);
            return;
        }
        XSLFTable table = slide.createTable();
        for (KeyFigures.KeyFigure figure : figures.figures()) {
            XSLFTableRow row = table.addRow();
            row.setHeight(ROW_HEIGHT + 10);
            cell(row, figure.label(), 16, true, null);
            cell(row, figure.value(), 20, true, statusColour(figure.status()));
            cell(row, figure.detail() == null ? "" : figure.detail(), 12, false, null);
        }
        double width = WIDTH - 2 * MARGIN;
        table.setColumnWidth(0, width * 0.35);
        table.setColumnWidth(1, width * 0.2);
        table.setColumnWidth(2, width * 0.45);
        table.setAnchor(new Rectangle2D.Double(MARGIN, BODY_TOP, width, (ROW_HEIGHT + 10) * figures.figures().size()));
    }

    /** A table slide showing at most {@code maxRows} rows and a note on how many were cut. */
    void table(String title, Table table, int maxRows) {
        XSLFSlide slide = titled(title);
        double top = BODY_TOP;
        if (table.caption() != null && !table.caption().isBlank()) {
            text(slide, List.of(table.caption()), top);
            top += 30;
        }
        drawTable(slide, table, maxRows, top);
    }

    /** A native chart (line or bar) drawn from the chart block, with an embedded workbook holding its data. */
    void chart(String title, Chart chart) {
        XSLFSlide slide = titled(title);
        if (chart.categories().isEmpty() || chart.series().isEmpty()) {
            text(slide, List.of(chart.title()), BODY_TOP);
            return;
        }
        NativeChart.add(deck, slide, chart,
                new Rectangle2D.Double(MARGIN, BODY_TOP - 10, WIDTH - 2 * MARGIN, HEIGHT - BODY_TOP - MARGIN + 10));
    }

    /** A section the deck has no special slide for: some lines of text and its first table, both cut to fit. */
    void compact(String title, List<String> lines, int maxLines, Table table, int maxRows) {
        XSLFSlide slide = titled(title);
        double top = BODY_TOP;
        if (!lines.isEmpty()) {
            List<String> shown = lines.size() <= maxLines ? lines
                    : java.util.stream.Stream.concat(lines.subList(0, maxLines).stream(),
                            java.util.stream.Stream.of(labels.get("moreText", lines.size() - maxLines))).toList();
            int budget = table == null ? shown.size() : Math.min(shown.size(), 4);
            text(slide, shown.subList(0, budget), top);
            top += 22 * budget + 10;
        }
        if (table != null) {
            int fit = (int) ((HEIGHT - MARGIN - top) / ROW_HEIGHT) - 2;
            drawTable(slide, table, Math.max(1, Math.min(maxRows, fit)), top);
        }
    }

    private void drawTable(XSLFSlide slide, Table source, int maxRows, double top) {
        TableExcerpt excerpt = TableExcerpt.of(source, maxRows);
        XSLFTable table = slide.createTable();
        XSLFTableRow header = table.addRow();
        header.setHeight(ROW_HEIGHT);
        for (Table.Column column : source.columns()) {
            cell(header, column.header(), 12, true, new Color(0xDD, 0xE4, 0xEE));
        }
        for (List<Table.Cell> cells : excerpt.rows()) {
            XSLFTableRow row = table.addRow();
            row.setHeight(ROW_HEIGHT);
            for (int i = 0; i < cells.size(); i++) {
                Table.Cell cell = cells.get(i);
                Table.Column column = source.columns().get(i);
                cell(row, CellText.of(cell, column.kind(), labels.locale()), 11, false,
                        column.kind() == Table.Kind.STATUS ? statusColour(cell.status()) : null);
            }
        }
        double width = WIDTH - 2 * MARGIN;
        int totalWeight = source.columns().stream().mapToInt(c -> Math.max(1, c.width())).sum();
        for (int i = 0; i < source.columns().size(); i++) {
            table.setColumnWidth(i, width * Math.max(1, source.columns().get(i).width()) / totalWeight);
        }
        double height = ROW_HEIGHT * (excerpt.rows().size() + 1);
        table.setAnchor(new Rectangle2D.Double(MARGIN, top, width, height));
        if (excerpt.cut() > 0) {
            text(slide, List.of(labels.get("moreRows", excerpt.cut())), Math.min(HEIGHT - MARGIN - 20, top + height + 8));
        }
    }

    private XSLFSlide titled(String title) {
        XSLFSlide slide = deck.createSlide(titleOnlyLayout);
        XSLFTextShape heading = slide.getPlaceholder(0);
        heading.setText(title);
        heading.setAnchor(new Rectangle2D.Double(MARGIN, 20, WIDTH - 2 * MARGIN, 60));
        return slide;
    }

    private static void text(XSLFSlide slide, List<String> lines, double top) {
        XSLFTextBox box = slide.createTextBox();
        box.clearText();
        for (String line : lines) {
            XSLFTextRun run = box.addNewTextParagraph().addNewTextRun();
            run.setText(line);
            run.setFontSize(14d);
        }
        box.setAnchor(new Rectangle2D.Double(MARGIN, top, WIDTH - 2 * MARGIN, 22d * lines.size() + 8));
    }

    private static void cell(XSLFTableRow row, String text, double size, boolean bold, Color fill) {
        XSLFTableCell cell = row.addCell();
        XSLFTextRun run = cell.setText(text);
        run.setFontSize(size);
        run.setBold(bold);
        if (fill != null) {
            cell.setFillColor(fill);
        }
    }

    private static Color statusColour(Status status) {
        return switch (status == null ? Status.NEUTRAL : status) {
            case GOOD -> new Color(0xC6, 0xEF, 0xCE);
            case WARNING -> new Color(0xFF, 0xEB, 0x9C);
            case BAD -> new Color(0xFF, 0xC7, 0xCE);
            case NEUTRAL -> null;
        };
    }
}
