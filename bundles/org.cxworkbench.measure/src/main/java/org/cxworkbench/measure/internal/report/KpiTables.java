package org.cxworkbench.measure.internal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cxworkbench.api.kpi.KpiResult;
import org.cxworkbench.api.report.Table;
import org.cxworkbench.api.report.Table.Cell;
import org.cxworkbench.api.report.Table.Column;
import org.cxworkbench.api.report.Table.Kind;
import org.cxworkbench.measure.internal.calc.CustomerFigures;
import org.cxworkbench.measure.internal.calc.DurationData;
import org.cxworkbench.measure.internal.calc.NpsCalculator;
import org.cxworkbench.measure.internal.calc.Results;
import org.cxworkbench.model.CustomerCount;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.Strategy;

/**
 * The KPI tables of the report. They keep the counts and declare the rates as live formulas over them;
 * every rate cell holds exactly what its formula gives (same operands, same order of operations).
 */
final class KpiTables {

    /** One row's source: a KPI result of a period and segment. */
    record Row(String period, String segmentKey, KpiResult result) {
    }

    private final ReportTexts texts;

    KpiTables(ReportTexts texts) {
        this.texts = texts;
    }

    Table nps(KpiDefinition d, List<Row> rows) {
        List<Column> columns = keyColumns();
        columns.add(Column.of("promoters", texts.get("col.promoters"), Kind.INTEGER));
        columns.add(Column.of("passives", texts.get("col.passives"), Kind.INTEGER));
        columns.add(Column.of("detractors", texts.get("col.detractors"), Kind.INTEGER));
        columns.add(Column.of("n", texts.get("col.n"), Kind.INTEGER));
        columns.add(new Column("nps", texts.get("col.nps"), Kind.DECIMAL, "({promoters} - {detractors}) / {n} * 100", 2));
        columns.add(Column.of("moe", texts.get("col.moe"), Kind.DECIMAL));
        List<List<Cell>> cells = new ArrayList<>();
        for (Row row : rows) {
            KpiResult r = row.result();
            long promoters = (long) r.detail("promoters");
            long detractors = (long) r.detail("detractors");
            List<Cell> line = keyCells(row);
            line.add(Cell.of(promoters));
            line.add(Cell.of((long) r.detail("passives")));
            line.add(Cell.of(detractors));
            line.add(Cell.of(r.n()));
            line.add(Cell.of(NpsCalculator.score(promoters, detractors, r.n())));
            line.add(Cell.of(r.detail("marginOfError")));
            cells.add(line);
        }
        return new Table("kpi-" + d.getCode(), caption(d), columns, cells, false);
    }

    Table csat(KpiDefinition d, List<Row> rows) {
        List<Column> columns = keyColumns();
        columns.add(Column.of("topbox", texts.get("col.topbox"), Kind.INTEGER));
        columns.add(Column.of("n", texts.get("col.n"), Kind.INTEGER));
        columns.add(new Column("topboxPct", texts.get("col.topboxPct"), Kind.PERCENT, "{topbox} / {n} * 100", 2));
        columns.add(Column.of("sum", texts.get("col.sum"), Kind.DECIMAL));
        columns.add(new Column("mean", texts.get("col.mean"), Kind.DECIMAL, "{sum} / {n}", 2));
        List<List<Cell>> cells = new ArrayList<>();
        for (Row row : rows) {
            KpiResult r = row.result();
            long topBox = (long) r.detail("topBox");
            List<Cell> line = keyCells(row);
            line.add(Cell.of(topBox));
            line.add(Cell.of(r.n()));
            line.add(Cell.of(Results.percent(topBox, r.n())));
            line.add(Cell.of(r.detail("sum")));
            line.add(Cell.of(r.detail("sum") / r.n()));
            cells.add(line);
        }
        return new Table("kpi-" + d.getCode(), caption(d), columns, cells, false);
    }

    Table mean(KpiDefinition d, List<Row> rows) {
        List<Column> columns = keyColumns();
        columns.add(Column.of("n", texts.get("col.n"), Kind.INTEGER));
        columns.add(Column.of("sum", texts.get("col.sum"), Kind.DECIMAL));
        columns.add(new Column("mean", texts.get("col.mean"), Kind.DECIMAL, "{sum} / {n}", 2));
        List<List<Cell>> cells = new ArrayList<>();
        for (Row row : rows) {
            KpiResult r = row.result();
            List<Cell> line = keyCells(row);
            line.add(Cell.of(r.n()));
            line.add(Cell.of(r.detail("sum")));
            line.add(Cell.of(r.detail("sum") / r.n()));
            cells.add(line);
        }
        return new Table("kpi-" + d.getCode(), caption(d), columns, cells, false);
    }

    Table yesNo(KpiDefinition d, List<Row> rows) {
        List<Column> columns = keyColumns();
        columns.add(Column.of("yes", texts.get("col.yes"), Kind.INTEGER));
        columns.add(Column.of("n", texts.get("col.n"), Kind.INTEGER));
        columns.add(new Column("yesPct", texts.get("col.yesPct"), Kind.PERCENT, "{yes} / {n} * 100", 2));
        List<List<Cell>> cells = new ArrayList<>();
        for (Row row : rows) {
            KpiResult r = row.result();
            long yes = (long) r.detail("yes");
            List<Cell> line = keyCells(row);
            line.add(Cell.of(yes));
            line.add(Cell.of(r.n()));
            line.add(Cell.of(Results.percent(yes, r.n())));
            cells.add(line);
        }
        return new Table("kpi-" + d.getCode(), caption(d), columns, cells, false);
    }

    /** Churn and retention, both labelled variants of each, from the customer counts. */
    Table customers(List<CustomerFigures> figures) {
        boolean allChurned = figures.stream().allMatch(f -> f.counts().isSetChurned());
        boolean allNew = figures.stream().allMatch(f -> f.counts().isSetNewCustomers());
        List<Column> columns = keyColumns();
        columns.add(Column.of("start", texts.get("col.start"), Kind.INTEGER));
        columns.add(Column.of("end", texts.get("col.end"), Kind.INTEGER));
        columns.add(Column.of("new", texts.get("col.new"), Kind.INTEGER));
        columns.add(Column.of("churned", texts.get("col.churned"), Kind.INTEGER));
        columns.add(new Column("churnRate", texts.get("col.churnRate"), Kind.PERCENT,
                allChurned ? "{churned} / {start} * 100" : null, 2));
        columns.add(new Column("netLoss", texts.get("col.netLoss"), Kind.PERCENT, "({start} - {end}) / {start} * 100", 2));
        columns.add(new Column("retentionRate", texts.get("col.retentionRate"), Kind.PERCENT,
                allNew ? "({end} - {new}) / {start} * 100" : null, 2));
        columns.add(new Column("grossSimple", texts.get("col.grossSimple"), Kind.PERCENT, "{end} / {start} * 100", 2));
        List<List<Cell>> cells = new ArrayList<>();
        for (CustomerFigures f : figures) {
            CustomerCount c = f.counts();
            List<Cell> line = new ArrayList<>();
            line.add(Cell.of(c.getPeriod()));
            line.add(Cell.of(texts.segment(c.getSegmentKey() == null ? "" : c.getSegmentKey())));
            line.add(Cell.of(c.getAtStart()));
            line.add(Cell.of(c.getAtEnd()));
            line.add(Cell.of(c.isSetNewCustomers() ? c.getNewCustomers() : null));
            line.add(Cell.of(c.isSetChurned() ? c.getChurned() : null));
            line.add(Cell.of(nullIfNaN(f.churnRate())));
            line.add(Cell.of(nullIfNaN(f.netCustomerLoss())));
            line.add(Cell.of(nullIfNaN(f.retentionRate())));
            line.add(Cell.of(nullIfNaN(f.grossRetentionSimple())));
            cells.add(line);
        }
        return new Table("kpi-customers", texts.get("caption.customers"), columns, cells, false);
    }

    /** Response time and time to resolution: the total and count behind the mean, median, p90 and business hours. */
    Table durations(Strategy strategy, List<KpiDefinition> definitions, List<Row> rows) {
        boolean business = rows.stream().anyMatch(r -> r.result().details().containsKey("businessMean"));
        List<Column> columns = new ArrayList<>();
        columns.add(Column.of("kpi", texts.get("col.kpi"), Kind.TEXT));
        columns.addAll(keyColumns());
        columns.add(Column.of("n", texts.get("col.n"), Kind.INTEGER));
        columns.add(Column.of("sumHours", texts.get("col.sumHours"), Kind.DECIMAL));
        columns.add(new Column("mean", texts.get("col.meanHours"), Kind.DECIMAL, "{sumHours} / {n}", 2));
        columns.add(Column.of("median", texts.get("col.medianHours"), Kind.DECIMAL));
        columns.add(Column.of("p90", texts.get("col.p90Hours"), Kind.DECIMAL));
        if (business) {
            columns.add(Column.of("businessMean", texts.get("col.businessMean"), Kind.DECIMAL));
            columns.add(Column.of("businessMedian", texts.get("col.businessMedian"), Kind.DECIMAL));
            columns.add(Column.of("businessP90", texts.get("col.businessP90"), Kind.DECIMAL));
        }
        List<List<Cell>> cells = new ArrayList<>();
        for (Row row : rows) {
            KpiResult r = row.result();
            Optional<KpiDefinition> definition = definitions.stream().filter(d -> d.getCode().equals(r.code())).findFirst();
            Optional<DurationData> data = definition.flatMap(d -> DurationData.of(strategy, d, row.period(), row.segmentKey()));
            if (data.isEmpty() || data.get().count() == 0) {
                continue;
            }
            double sumHours = data.get().sumSeconds() / 3600.0;
            List<Cell> line = new ArrayList<>();
            line.add(Cell.of(r.name() + " (" + r.code() + " v" + r.definitionVersion() + ")"));
            line.addAll(keyCells(row));
            line.add(Cell.of(r.n()));
            line.add(Cell.of(sumHours));
            line.add(Cell.of(sumHours / r.n()));
            line.add(Cell.of(r.detail("median")));
            line.add(Cell.of(r.detail("p90")));
            if (business) {
                line.add(Cell.of(nullIfNaN(r.detail("businessMean"))));
                line.add(Cell.of(nullIfNaN(r.detail("businessMedian"))));
                line.add(Cell.of(nullIfNaN(r.detail("businessP90"))));
            }
            cells.add(line);
        }
        return new Table("kpi-durations", texts.get("caption.durations"), columns, cells, false);
    }

    private String caption(KpiDefinition d) {
        return texts.format("caption.definition", Results.name(d) + " (" + d.getCode() + ")", d.getVersion(),
                d.getFormula() == null ? "" : d.getFormula());
    }

    private List<Column> keyColumns() {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.of("period", texts.get("col.period"), Kind.DATE));
        columns.add(Column.of("segment", texts.get("col.segment"), Kind.TEXT));
        return columns;
    }

    private List<Cell> keyCells(Row row) {
        List<Cell> cells = new ArrayList<>();
        cells.add(Cell.of(row.period()));
        cells.add(Cell.of(texts.segment(row.segmentKey())));
        return cells;
    }

    private static Double nullIfNaN(double value) {
        return Double.isNaN(value) ? null : value;
    }
}
