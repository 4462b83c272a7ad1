package org.cxworkbench.measure.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cxworkbench.api.report.Block;
import org.cxworkbench.api.report.BulletList;
import org.cxworkbench.api.report.Chart;
import org.cxworkbench.api.report.Heading;
import org.cxworkbench.api.report.KeyFigures;
import org.cxworkbench.api.report.ReportContext;
import org.cxworkbench.api.report.Section;
import org.cxworkbench.api.report.Status;
import org.cxworkbench.api.report.Table;
import org.cxworkbench.measure.api.Periods;
import org.cxworkbench.measure.internal.Fixtures;
import org.cxworkbench.model.Strategy;
import org.junit.jupiter.api.Test;

class KpiReportSectionTest {

    private static final double EXACT = 1e-9;

    private static ReportContext context(Strategy strategy, String period, Locale locale) {
        return new ReportContext() {
            @Override
            public Strategy strategy() {
                return strategy;
            }

            @Override
            public String period() {
                return period;
            }

            @Override
            public List<String> trendPeriods(int count) {
                List<String> periods = new ArrayList<>();
                for (int i = count - 1; i >= 0; i--) {
                    periods.add(Periods.shift(period, -i));
                }
                return periods;
            }

            @Override
            public Locale locale() {
                return locale;
            }
        };
    }

    private static Section build(Locale locale) {
        return new KpiReportSection(Fixtures.kpiService()).build(context(Fixtures.measured(), "2026-Q3", locale));
    }

    private static <T extends Block> List<T> blocks(Section section, Class<T> type) {
        return section.blocks().stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static Table table(Section section, String key) {
        return blocks(section, Table.class).stream().filter(t -> t.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + key));
    }

    @Test
    void everyFormulaCellEqualsItsFormula() {
        Section section = build(Locale.ENGLISH);
        int checked = 0;
        for (Table table : blocks(section, Table.class)) {
            for (List<Table.Cell> row : table.rows()) {
                Map<String, Double> values = new HashMap<>();
                for (int i = 0; i < table.columns().size(); i++) {
                    if (row.get(i).value() instanceof Number n) {
                        values.put(table.columns().get(i).key(), n.doubleValue());
                    }
                }
                for (int i = 0; i < table.columns().size(); i++) {
                    Table.Column column = table.columns().get(i);
                    if (column.formula() != null) {
                        double expected = FormulaEvaluator.evaluate(column.formula(), values);
                        assertEquals(expected, ((Number) row.get(i).value()).doubleValue(), 0.0,
                                table.key() + " " + column.key());
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked >= 10, "formula cells checked: " + checked);
    }

    @Test
    void npsTableKeepsTheCounts() {
        Section section = build(Locale.ENGLISH);
        assertEquals("kpis", section.id());
        assertEquals("KPIs", section.title());
        Table nps = table(section, "kpi-NPS");
        assertEquals(List.of("period", "segment", "promoters", "passives", "detractors", "n", "nps", "moe"),
                nps.columns().stream().map(Table.Column::key).toList());
        assertEquals("({promoters} - {detractors}) / {n} * 100", nps.columns().get(6).formula());
        assertEquals(3, nps.rows().size());
        List<Table.Cell> q3 = nps.rows().get(1);
        assertEquals("2026-Q3", q3.get(0).value());
        assertEquals("All", q3.get(1).value());
        assertEquals(50L, q3.get(2).value());
        assertEquals(30.0, (Double) q3.get(6).value(), EXACT);
        assertEquals("touchpoint=Mobile app", nps.rows().get(2).get(1).value());
        assertTrue(nps.caption().startsWith("Net Promoter Score (NPS), version 1: % promoters (9-10)"), nps.caption());
    }

    @Test
    void churnAndRetentionShowBothLabelledVariants() {
        Table customers = table(build(Locale.ENGLISH), "kpi-customers");
        List<String> headers = customers.columns().stream().map(Table.Column::header).toList();
        assertTrue(headers.containsAll(List.of("Churn rate", "Net customer loss", "Retention rate",
                "Gross retention (simple)")), headers.toString());
        List<Table.Cell> row = customers.rows().get(0);
        assertEquals(14.0, (Double) row.get(6).value(), EXACT);
        assertEquals(10.0, (Double) row.get(7).value(), EXACT);
        assertEquals(86.0, (Double) row.get(8).value(), EXACT);
        assertEquals(90.0, (Double) row.get(9).value(), EXACT);
    }

    @Test
    void durationsTableHasMeanMedianAndP90() {
        Table durations = table(build(Locale.ENGLISH), "kpi-durations");
        List<Table.Cell> row = durations.rows().get(0);
        assertEquals(4L, row.get(3).value());
        assertEquals(16.0, (Double) row.get(4).value(), EXACT);
        assertEquals(4.0, (Double) row.get(5).value(), EXACT);
        assertEquals(2.5, (Double) row.get(6).value(), EXACT);
        assertEquals(10.0, (Double) row.get(7).value(), EXACT);
    }

    @Test
    void distributionAndTrendCharts() {
        Section section = build(Locale.ENGLISH);
        List<Chart> charts = blocks(section, Chart.class);
        Chart distribution = charts.stream().filter(c -> c.key().equals("nps-distribution")).findFirst().orElseThrow();
        assertEquals(Chart.Kind.BAR, distribution.kind());
        assertEquals(List.of("Promoters", "Passives", "Detractors"), distribution.categories());
        assertEquals(List.of(50.0, 30.0, 20.0), distribution.series().get(0).values());
        Chart npsTrend = charts.stream().filter(c -> c.key().equals("trend-NPS")).findFirst().orElseThrow();
        assertEquals(Chart.Kind.LINE, npsTrend.kind());
        assertEquals(8, npsTrend.categories().size());
        assertEquals("2026-Q3", npsTrend.categories().get(7));
        assertEquals(31.0, npsTrend.series().get(0).values().get(6), EXACT);
        assertEquals(30.0, npsTrend.series().get(0).values().get(7), EXACT);
        assertTrue(Double.isNaN(npsTrend.series().get(0).values().get(0)));
        Chart churnTrend = charts.stream().filter(c -> c.key().equals("trend-CHURN")).findFirst().orElseThrow();
        assertEquals(List.of("Churn rate", "Net customer loss"), churnTrend.series().stream().map(Chart.Series::name).toList());
    }

    @Test
    void overviewComparesWithThePreviousPeriodByPolarity() {
        KeyFigures figures = blocks(build(Locale.ENGLISH), KeyFigures.class).get(0);
        KeyFigures.KeyFigure nps = figures.figures().get(0);
        assertEquals("NPS v1", nps.label());
        assertEquals("30.0 points", nps.value());
        assertEquals("-1.0 vs 2026-Q2", nps.detail());
        assertEquals(Status.BAD, nps.status());
    }

    @Test
    void warningsAreListed() {
        Section section = build(Locale.ENGLISH);
        List<String> warnings = blocks(section, BulletList.class).get(0).items();
        assertTrue(warnings.contains("NPS 2026-Q3 touchpoint=Mobile app: small sample: n = 12 is below the minimum "
                + "of 30 for NPS in touchpoint=Mobile app"), warnings.toString());
    }

    @Test
    void textComesFromTheResourceBundle() {
        Section german = build(Locale.GERMAN);
        assertTrue(blocks(german, Heading.class).stream().anyMatch(h -> h.text().equals("Abwanderung und Kundenbindung")));
        Table customers = table(german, "kpi-customers");
        assertTrue(customers.columns().stream().anyMatch(c -> c.header().equals("Netto-Kundenverlust")));
        assertFalse(blocks(build(Locale.ENGLISH), Heading.class).stream()
                .anyMatch(h -> h.text().equals("Abwanderung und Kundenbindung")));
    }

    @Test
    void anEmptyStrategySaysWhatToImport() {
        Section section = new KpiReportSection(Fixtures.kpiService()).build(context(Fixtures.strategy(), "2026-Q3",
                Locale.ENGLISH));
        assertEquals(2, section.blocks().size());
        assertTrue(section.blocks().get(1).toString().contains("cxw import-tickets"));
    }
}
