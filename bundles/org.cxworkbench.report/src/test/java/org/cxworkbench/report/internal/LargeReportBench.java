package org.cxworkbench.report.internal;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cxworkbench.api.report.Chart;
import org.cxworkbench.api.report.Heading;
import org.cxworkbench.api.report.KeyFigures;
import org.cxworkbench.api.report.Paragraph;
import org.cxworkbench.api.report.ReportDocument;
import org.cxworkbench.api.report.ReportRenderer;
import org.cxworkbench.api.report.Section;
import org.cxworkbench.api.report.Status;
import org.cxworkbench.api.report.Table;
import org.cxworkbench.api.report.Table.Cell;
import org.cxworkbench.api.report.Table.Column;
import org.cxworkbench.report.pdf.internal.PdfRenderer;
import org.cxworkbench.report.xlsx.internal.XlsxRenderer;

/**
 * A benchmark run by hand, not a test: renders a large generated report (200 touchpoints, 20 personas with 8
 * journey stages, 8 quarters, 4 KPIs per touchpoint and quarter) to xlsx and pdf and prints the times.
 *
 * <pre>
 * mvn -q -o test-compile -pl bundles/org.cxworkbench.report -am
 * java -Xmx512m -cp "$(cat cp.txt):bundles/org.cxworkbench.report/target/test-classes:..." \
 *     org.cxworkbench.report.internal.LargeReportBench target/bench
 * </pre>
 */
public final class LargeReportBench {

    static final int TOUCHPOINTS = 200;
    static final int PERSONAS = 20;
    static final int STAGES = 8;
    static final int QUARTERS = 8;
    static final String[] KPIS = { "NPS", "CSAT", "CES", "TTR" };

    private LargeReportBench() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench");
        Files.createDirectories(out);
        ReportDocument document = document();
        long rows = document.sections().stream().flatMap(s -> s.blocks().stream())
                .filter(b -> b instanceof Table).mapToLong(b -> ((Table) b).rows().size()).sum();
        System.out.printf("document: %d sections, %d table rows, max heap %d MB%n", document.sections().size(), rows,
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        for (int run = 1; run <= 3; run++) {
            for (Map.Entry<String, ReportRenderer> e : Map.<String, ReportRenderer>of("xlsx", new XlsxRenderer(),
                    "pdf", new PdfRenderer()).entrySet()) {
                Path file = out.resolve("large." + e.getKey());
                long start = System.nanoTime();
                try (OutputStream o = Files.newOutputStream(file)) {
                    e.getValue().render(document, o);
                }
                long ms = (System.nanoTime() - start) / 1_000_000;
                System.out.printf("run %d %-4s %6d ms %8d KB%n", run, e.getKey(), ms, Files.size(file) / 1024);
            }
        }
    }

    static ReportDocument document() {
        List<Section> sections = new ArrayList<>();
        List<String> quarters = new ArrayList<>();
        for (int q = 0; q < QUARTERS; q++) {
            quarters.add((2025 + q / 4) + "-Q" + (q % 4 + 1));
        }
        List<KeyFigures.KeyFigure> figures = new ArrayList<>();
        for (String kpi : KPIS) {
            figures.add(new KeyFigures.KeyFigure(kpi, "42.0", "+1.0 vs 2026-Q3 · target 43.0", Status.GOOD));
        }
        List<Chart.Series> trend = new ArrayList<>();
        for (int k = 0; k < KPIS.length; k++) {
            List<Double> values = new ArrayList<>();
            for (int q = 0; q < QUARTERS; q++) {
                values.add(30.0 + k * 10 + q * 1.5);
            }
            trend.add(new Chart.Series(KPIS[k], values));
        }
        sections.add(new Section("summary", "Executive summary", List.of(new Heading(1, "KPI scorecard"),
                new KeyFigures(figures), new Chart("trend", "KPI trend", Chart.Kind.LINE, quarters, trend, "value"))));

        List<List<Cell>> audit = new ArrayList<>();
        for (int t = 0; t < TOUCHPOINTS; t++) {
            Status s = Status.values()[t % 3];
            audit.add(List.of(Cell.of("Touchpoint " + t + " (mobile grocery ordering, early in the week)"),
                    Cell.of("Channel " + t % 6), Cell.of(t % 5 + 1), Cell.of(40.0 + t % 30), new Cell(s.name(), s)));
        }
        sections.add(new Section("audit", "Touchpoint audit and SWOT", List.of(new Table("audit", "Touchpoints",
                List.of(Column.of("tp", "Touchpoint", Table.Kind.TEXT), Column.of("ch", "Channel", Table.Kind.TEXT),
                        Column.of("rating", "Rating", Table.Kind.INTEGER), Column.of("nps", "NPS", Table.Kind.DECIMAL),
                        Column.of("status", "Status", Table.Kind.STATUS)), audit, false))));

        List<List<Cell>> journeys = new ArrayList<>();
        List<Chart.Series> personaSeries = new ArrayList<>();
        for (int p = 0; p < PERSONAS; p++) {
            List<Double> satisfaction = new ArrayList<>();
            for (int st = 0; st < STAGES; st++) {
                journeys.add(List.of(Cell.of("Persona " + p), Cell.of("Stage " + st),
                        Cell.of("Pain point " + p + "." + st), Cell.of(3.0 + (p + st) % 3)));
                satisfaction.add(3.0 + (p + st) % 3);
            }
            if (p < 6) {
                personaSeries.add(new Chart.Series("Persona " + p, satisfaction));
            }
        }
        List<String> stages = new ArrayList<>();
        for (int st = 0; st < STAGES; st++) {
            stages.add("Stage " + st);
        }
        sections.add(new Section("journeys", "Personas and customer journeys", List.of(
                new Chart("stages", "Satisfaction by stage", Chart.Kind.BAR, stages, personaSeries, "score"),
                new Table("journeys", "Journey stages", List.of(Column.of("persona", "Persona", Table.Kind.TEXT),
                        Column.of("stage", "Stage", Table.Kind.TEXT), Column.of("pain", "Pain point", Table.Kind.TEXT),
                        Column.of("score", "Score", Table.Kind.DECIMAL)), journeys, false))));

        List<List<Cell>> kpiRows = new ArrayList<>();
        for (String quarter : quarters) {
            for (int t = 0; t < TOUCHPOINTS; t++) {
                for (String kpi : KPIS) {
                    int promoters = 20 + (t * 7) % 50;
                    int detractors = 5 + (t * 3) % 30;
                    int n = promoters + detractors + 25;
                    kpiRows.add(List.of(Cell.of(quarter), Cell.of("Touchpoint " + t), Cell.of(kpi), Cell.of(promoters),
                            Cell.of(detractors), Cell.of(n), Cell.of((promoters - detractors) / (double) n * 100)));
                }
            }
        }
        sections.add(new Section("kpis", "KPIs", List.of(new Paragraph("Every KPI per touchpoint and quarter."),
                new Table("kpis", "KPI values", List.of(Column.of("q", "Quarter", Table.Kind.DATE),
                        Column.of("tp", "Touchpoint", Table.Kind.TEXT), Column.of("kpi", "KPI", Table.Kind.TEXT),
                        Column.of("p", "Promoters", Table.Kind.INTEGER), Column.of("d", "Detractors", Table.Kind.INTEGER),
                        Column.of("n", "Responses", Table.Kind.INTEGER),
                        new Column("v", "Value", Table.Kind.DECIMAL, "({p} - {d}) / {n} * 100", 2)), kpiRows, true))));
        ReportMessages messages = ReportMessages.forLocale(java.util.Locale.ENGLISH);
        return new ReportDocument("Quarterly CX strategy report", "Bench Groceries · 2026-Q4", "2026-Q4", "en",
                sections, messages.labels());
    }
}
