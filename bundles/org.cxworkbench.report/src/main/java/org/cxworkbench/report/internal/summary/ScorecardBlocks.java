package org.cxworkbench.report.internal.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cxworkbench.api.kpi.KpiResult;
import org.cxworkbench.api.kpi.KpiService;
import org.cxworkbench.api.report.Block;
import org.cxworkbench.api.report.Chart;
import org.cxworkbench.api.report.KeyFigures;
import org.cxworkbench.api.report.ReportContext;
import org.cxworkbench.api.report.Table;
import org.cxworkbench.api.report.Table.Cell;
import org.cxworkbench.api.report.Table.Column;
import org.cxworkbench.measure.api.Periods;
import org.cxworkbench.report.internal.ReportMessages;

/**
 * The KPI scorecard as headline figures, a table whose change column is a live formula
 * ({@code {value} - {previous}}), and a trend chart over the last eight periods.
 */
final class ScorecardBlocks {

    static final int TREND_PERIODS = 8;

    private final ReportMessages messages;
    private final Locale locale;

    ScorecardBlocks(ReportMessages messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    List<Block> blocks(List<KpiLine> lines, String period, ReportContext context, KpiService kpis) {
        String previousPeriod = Periods.previous(period);
        List<Block> blocks = new ArrayList<>();
        List<KeyFigures.KeyFigure> figures = new ArrayList<>();
        for (KpiLine line : lines) {
            String detail = messages.get("summary.kpis.figureDetail", Figures.change(line.change(), locale),
                    previousPeriod, Figures.value(line.target(), locale));
            figures.add(new KeyFigures.KeyFigure(line.definition().getCode(), Figures.value(line.value(), locale),
                    detail, line.status()));
        }
        blocks.add(new KeyFigures(figures));
        blocks.add(table(lines, previousPeriod));
        Chart trend = trend(lines, context, kpis);
        if (trend != null) {
            blocks.add(trend);
        }
        return blocks;
    }

    private Table table(List<KpiLine> lines, String previousPeriod) {
        List<Column> columns = List.of(
                new Column("kpi", messages.get("summary.kpis.col.kpi"), Table.Kind.TEXT, null, 5),
                new Column("unit", messages.get("summary.kpis.col.unit"), Table.Kind.TEXT, null, 2),
                new Column("value", messages.get("summary.kpis.col.value"), Table.Kind.DECIMAL, null, 2),
                new Column("previous", messages.get("summary.kpis.col.previous", previousPeriod), Table.Kind.DECIMAL,
                        null, 2),
                new Column("change", messages.get("summary.kpis.col.change"), Table.Kind.DECIMAL,
                        "{value} - {previous}", 2),
                new Column("target", messages.get("summary.kpis.col.target"), Table.Kind.DECIMAL, null, 2),
                new Column("status", messages.get("summary.kpis.col.status"), Table.Kind.STATUS, null, 2));
        List<List<Cell>> rows = new ArrayList<>();
        for (KpiLine line : lines) {
            rows.add(List.of(Cell.of(line.label()), Cell.of(line.unit()), Cell.of(Figures.cell(line.value())),
                    Cell.of(Figures.cell(line.previous())), Cell.of(Figures.cell(line.change())),
                    Cell.of(Figures.cell(line.target())),
                    new Cell(messages.get("status." + line.status().name().toLowerCase(Locale.ROOT)), line.status())));
        }
        return new Table("scorecard", messages.get("summary.kpis.caption"), columns, rows, false);
    }

    private Chart trend(List<KpiLine> lines, ReportContext context, KpiService kpis) {
        List<String> periods = context.trendPeriods(TREND_PERIODS);
        List<Chart.Series> series = new ArrayList<>();
        for (KpiLine line : lines) {
            List<Double> values = new ArrayList<>();
            int measured = 0;
            for (String p : periods) {
                double v = kpis.value(context.strategy(), line.definition(), p, "").map(KpiResult::value)
                        .orElse(Double.NaN);
                values.add(v);
                measured += Double.isNaN(v) ? 0 : 1;
            }
            if (measured >= 2) {
                series.add(new Chart.Series(line.definition().getCode(), values));
            }
        }
        if (series.isEmpty()) {
            return null;
        }
        // start at the first period any KPI has data for, so the chart does not open on empty quarters
        int first = 0;
        while (first < periods.size() - 1) {
            final int index = first;
            if (series.stream().anyMatch(s -> !Double.isNaN(s.values().get(index)))) {
                break;
            }
            first++;
        }
        final int from = first;
        List<Chart.Series> trimmed = series.stream()
                .map(s -> new Chart.Series(s.name(), s.values().subList(from, s.values().size()))).toList();
        return new Chart("kpi-trend", messages.get("summary.kpis.trend"), Chart.Kind.LINE,
                periods.subList(from, periods.size()), trimmed, messages.get("summary.kpis.trendAxis"));
    }
}
