package org.cxworkbench.audit.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.cxworkbench.api.report.Block;
import org.cxworkbench.api.report.Chart;
import org.cxworkbench.api.report.Heading;
import org.cxworkbench.api.report.Notice;
import org.cxworkbench.api.report.Paragraph;
import org.cxworkbench.api.report.ReportContext;
import org.cxworkbench.api.report.ReportSection;
import org.cxworkbench.api.report.ReportSectionService;
import org.cxworkbench.api.report.Section;
import org.cxworkbench.api.report.Status;
import org.cxworkbench.api.report.Table;
import org.cxworkbench.api.report.Table.Cell;
import org.cxworkbench.api.report.Table.Column;
import org.cxworkbench.api.report.Table.Kind;
import org.cxworkbench.model.NoteKind;
import org.cxworkbench.model.SwotItem;
import org.cxworkbench.model.SwotSubject;
import org.cxworkbench.model.Touchpoint;
import org.osgi.service.component.annotations.Component;

/**
 * The audit section of the quarterly report: the touchpoint inventory by channel and stage, the ratings per period
 * with a line chart of the average, and the SWOT of the own customer experience with its evidence.
 */
@Component(service = ReportSection.class)
@ReportSectionService(id = AuditReportSection.ID, order = 300)
public final class AuditReportSection implements ReportSection {

    static final String ID = "audit";

    /** At most this many periods of ratings are shown, the latest ones. */
    static final int PERIODS_SHOWN = 6;

    @Override
    public Section build(ReportContext context) {
        ReportText text = new ReportText(context.locale());
        String period = AuditPeriods.isPeriod(context.period()) ? context.period() : null;
        AuditInventory inventory = AuditInventory.of(context.strategy(), period);
        List<Block> blocks = new ArrayList<>();
        if (inventory.touchpoints().isEmpty()) {
            blocks.add(new Notice(Status.WARNING, text.get("none")));
        } else {
            blocks.add(new Paragraph(summary(text, inventory)));
            blocks.add(inventoryTable(text, inventory));
            List<String> periods = lastPeriods(inventory.ratedPeriods());
            if (!periods.isEmpty()) {
                blocks.add(new Heading(1, text.get("ratings.heading")));
                blocks.add(ratingsTable(text, inventory, periods));
                Map<String, Double> averages = inventory.averageByPeriod();
                blocks.add(new Chart("averageRating", text.get("chart.title"), Chart.Kind.LINE, periods,
                        List.of(new Chart.Series(text.get("chart.series"),
                                periods.stream().map(averages::get).toList())), text.get("chart.axis")));
            }
        }
        blocks.add(new Heading(1, text.get("swot.heading")));
        blocks.add(swot(text, context.strategy().getSwotItems()));
        return new Section(ID, text.get("title"), blocks);
    }

    private static List<String> lastPeriods(List<String> periods) {
        return periods.subList(Math.max(0, periods.size() - PERIODS_SHOWN), periods.size());
    }

    private static String summary(ReportText text, AuditInventory inventory) {
        List<TouchpointAudit> rated = inventory.touchpoints().stream().filter(TouchpointAudit::rated).toList();
        double average = rated.stream().mapToDouble(TouchpointAudit::latestRating).average().orElse(Double.NaN);
        return text.format("summary", inventory.touchpoints().size(), inventory.channels(), rated.size(),
                Double.isNaN(average) ? text.get("summary.noRating") : RatingScale.format(average),
                total(inventory, NoteKind.PAIN_POINT), total(inventory, NoteKind.OPPORTUNITY),
                total(inventory, NoteKind.WORKS_WELL), total(inventory, NoteKind.THREAT));
    }

    private static int total(AuditInventory inventory, NoteKind kind) {
        return inventory.touchpoints().stream().mapToInt(t -> t.count(kind)).sum();
    }

    private static Table inventoryTable(ReportText text, AuditInventory inventory) {
        List<Column> columns = List.of(Column.of("channel", text.get("col.channel"), Kind.TEXT),
                Column.of("stage", text.get("col.stage"), Kind.TEXT),
                Column.of("touchpoint", text.get("col.touchpoint"), Kind.TEXT),
                Column.of("owner", text.get("col.owner"), Kind.TEXT),
                Column.of("latest", text.get("col.latest"), Kind.DECIMAL),
                Column.of("period", text.get("col.period"), Kind.DATE),
                Column.of("trend", text.get("col.trend"), Kind.DECIMAL),
                Column.of("pain", text.get("col.pain"), Kind.INTEGER),
                Column.of("opportunities", text.get("col.opportunities"), Kind.INTEGER),
                Column.of("works", text.get("col.works"), Kind.INTEGER),
                Column.of("threats", text.get("col.threats"), Kind.INTEGER));
        List<List<Cell>> rows = new ArrayList<>();
        for (TouchpointAudit a : inventory.touchpoints()) {
            rows.add(List.of(Cell.of(a.channel()), Cell.of(a.stage()), Cell.of(a.name()), Cell.of(a.owner()),
                    new Cell(number(a.latestRating()), colour(a.latestRating())), Cell.of(a.latestPeriod()),
                    new Cell(number(a.trend()), Double.isNaN(a.trend()) || a.trend() == 0 ? Status.NEUTRAL
                            : a.trend() > 0 ? Status.GOOD : Status.BAD),
                    Cell.of(a.count(NoteKind.PAIN_POINT)), Cell.of(a.count(NoteKind.OPPORTUNITY)),
                    Cell.of(a.count(NoteKind.WORKS_WELL)), Cell.of(a.count(NoteKind.THREAT))));
        }
        return new Table("inventory", text.get("inventory.caption"), columns, rows, rows.size() > 200);
    }

    private static Table ratingsTable(ReportText text, AuditInventory inventory, List<String> periods) {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.of("touchpoint", text.get("col.touchpoint"), Kind.TEXT));
        for (String period : periods) {
            columns.add(Column.of(period, period, Kind.DECIMAL));
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (TouchpointAudit a : inventory.touchpoints()) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.of(a.name()));
            for (String period : periods) {
                Double score = a.ratingsByPeriod().get(period);
                row.add(score == null ? Cell.of(null) : new Cell(score, colour(score)));
            }
            rows.add(row);
        }
        return new Table("ratings", text.get("ratings.caption"), columns, rows, rows.size() > 200);
    }

    private static Table swot(ReportText text, List<SwotItem> items) {
        List<Column> columns = List.of(Column.of("quadrant", text.get("col.quadrant"), Kind.TEXT),
                new Column("item", text.get("col.item"), Kind.TEXT, null, 6),
                Column.of("evidence", text.get("col.evidence"), Kind.TEXT),
                Column.of("origin", text.get("col.origin"), Kind.TEXT));
        List<SwotItem> own = new ArrayList<>(items.stream().filter(i -> i.getSubjectKind() == SwotSubject.OWN_CX)
                .toList());
        own.sort(Comparator.comparing(SwotItem::getQuadrant));
        List<List<Cell>> rows = new ArrayList<>();
        for (SwotItem item : own) {
            rows.add(List.of(Cell.of(text.get("quadrant." + item.getQuadrant().getName())), Cell.of(item.getText()),
                    Cell.of(String.join(", ", item.getEvidenceTouchpoints().stream().map(Touchpoint::getName).toList())),
                    Cell.of(text.get(item.isSuggested() ? "origin.suggested" : "origin.entered"))));
        }
        return new Table("swot", own.isEmpty() ? text.get("swot.none") : text.get("swot.caption"), columns, rows, false);
    }

    private static Double number(double value) {
        return Double.isNaN(value) ? null : value;
    }

    static Status colour(double rating) {
        if (Double.isNaN(rating)) {
            return Status.NEUTRAL;
        }
        return rating >= SwotSuggester.STRENGTH_MIN ? Status.GOOD
                : rating <= SwotSuggester.WEAKNESS_MAX ? Status.BAD : Status.WARNING;
    }
}
