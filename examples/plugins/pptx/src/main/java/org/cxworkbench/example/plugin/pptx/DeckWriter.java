package org.cxworkbench.example.plugin.pptx;

import java.awt.Dimension;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.cxworkbench.api.report.Block;
import org.cxworkbench.api.report.BulletList;
import org.cxworkbench.api.report.Chart;
import org.cxworkbench.api.report.Heading;
import org.cxworkbench.api.report.KeyFigures;
import org.cxworkbench.api.report.Notice;
import org.cxworkbench.api.report.Paragraph;
import org.cxworkbench.api.report.ReportDocument;
import org.cxworkbench.api.report.Section;
import org.cxworkbench.api.report.Table;

/**
 * Turns the neutral report into a deck: a title slide, then the sections the deck knows (summary, goals,
 * KPIs, journeys, plan, optimisation) as their own slides, and every other section as a compact slide.
 */
final class DeckWriter {

    /** Rows of a table shown on one slide; the rest is cut with a note pointing to the Excel report. */
    static final int TABLE_ROWS = 10;
    /** Rows shown of the plan and optimisation tables on the "top actions" slides. */
    static final int TOP_ACTIONS = 5;
    /** Lines of text on a compact slide. */
    static final int TEXT_LINES = 8;

    private final DeckLabels labels;

    DeckWriter(DeckLabels labels) {
        this.labels = labels;
    }

    XMLSlideShow write(ReportDocument document) {
        XMLSlideShow deck = new XMLSlideShow();
        deck.setPageSize(new Dimension(Slides.WIDTH, Slides.HEIGHT));
        Slides slides = new Slides(deck, labels);
        slides.title(document.title(), document.subtitle());
        for (Section section : document.sections()) {
            write(slides, section);
        }
        return deck;
    }

    private void write(Slides slides, Section section) {
        switch (section.id()) {
            case "summary" -> {
                Optional<KeyFigures> figures = first(section, KeyFigures.class);
                if (figures.isPresent()) {
                    slides.keyFigures(labels.get("scorecard"), figures.get());
                } else {
                    compact(slides, section);
                }
            }
            case "goals" -> first(section, Table.class).ifPresentOrElse(
                    t -> slides.table(labels.get("goals"), t, TABLE_ROWS), () -> compact(slides, section));
            case "kpis" -> firstChart(section, Chart.Kind.LINE).ifPresentOrElse(
                    c -> slides.chart(labels.get("kpiTrend"), c), () -> compact(slides, section));
            case "journeys" -> firstChart(section, null).ifPresentOrElse(
                    c -> slides.chart(labels.get("journey") + ": " + c.title(), c), () -> compact(slides, section));
            case "plan", "optimisation" -> first(section, Table.class).ifPresentOrElse(
                    t -> slides.table(labels.get("topActions", section.title()), t, TOP_ACTIONS),
                    () -> compact(slides, section));
            default -> compact(slides, section);
        }
    }

    /** A section the deck does not know: its text, then its first table, cut to fit. */
    private void compact(Slides slides, Section section) {
        List<String> lines = new ArrayList<>();
        Table table = null;
        for (Block block : section.blocks()) {
            if (block instanceof Heading h) {
                lines.add(h.text());
            } else if (block instanceof Paragraph p) {
                lines.add(p.text());
            } else if (block instanceof BulletList b) {
                b.items().forEach(item -> lines.add("• " + item));
            } else if (block instanceof Notice n) {
                lines.add(n.status() + ": " + n.text());
            } else if (block instanceof KeyFigures k) {
                k.figures().forEach(f -> lines.add(f.label() + ": " + f.value()
                        + (f.detail() == null || f.detail().isBlank() ? "" : " (" + f.detail() + ")")));
            } else if (block instanceof Table t && table == null) {
                table = t;
            } else if (block instanceof Chart c) {
                lines.add(c.title());
            }
        }
        slides.compact(section.title(), lines, TEXT_LINES, table, TABLE_ROWS);
    }

    private static <T extends Block> Optional<T> first(Section section, Class<T> type) {
        return section.blocks().stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    private static Optional<Chart> firstChart(Section section, Chart.Kind kind) {
        return section.blocks().stream().filter(Chart.class::isInstance).map(Chart.class::cast)
                .filter(c -> kind == null || c.kind() == kind).findFirst();
    }
}
