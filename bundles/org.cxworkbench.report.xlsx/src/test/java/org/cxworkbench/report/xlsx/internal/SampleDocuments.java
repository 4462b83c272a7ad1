package org.cxworkbench.report.xlsx.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

/** Report documents built in code, with the source articles' examples. */
final class SampleDocuments {

    static final Map<String, String> LABELS = Map.of("contents", "Contents", "page", "Page", "pageOfTotal",
            "Page {0} of {1}", "generatedBy", "Written by CX Workbench", "period", "Reporting period", "section",
            "Section", "chartData", "Chart data", "backToContents", "Back to contents", "noData", "No data");

    private SampleDocuments() {
    }

    /** NPS per touchpoint with a live formula column, a churn table in percent, statuses, a chart, user text. */
    static ReportDocument quarterly() {
        Table nps = new Table("nps", "NPS by touchpoint", List.of(
                Column.of("touchpoint", "Touchpoint", Table.Kind.TEXT),
                Column.of("promoters", "Promoters", Table.Kind.INTEGER),
                Column.of("passives", "Passives", Table.Kind.INTEGER),
                Column.of("detractors", "Detractors", Table.Kind.INTEGER),
                Column.of("n", "Responses", Table.Kind.INTEGER),
                new Column("nps", "NPS", Table.Kind.DECIMAL, "({promoters} - {detractors}) / {n} * 100", 2),
                Column.of("status", "Status", Table.Kind.STATUS)),
                List.of(npsRow("Mobile app grocery ordering (busy parents, early in the week)", 120, 50, 30, Status.GOOD),
                        npsRow("Recipe pop-up before checkout", 40, 35, 25, Status.WARNING),
                        npsRow("Chatbot: find, implement, test, launch", 20, 30, 50, Status.BAD)),
                false);
        Table churn = new Table("churn", "Churn", List.of(Column.of("quarter", "Quarter", Table.Kind.DATE),
                Column.of("start", "Customers at start", Table.Kind.INTEGER),
                Column.of("lost", "Customers lost", Table.Kind.INTEGER),
                new Column("churn", "Churn rate", Table.Kind.PERCENT, "{lost} / {start} * 100", 2)),
                List.of(List.of(Cell.of("2026-Q1"), Cell.of(500), Cell.of(50), Cell.of(10.0))), false);
        Table userText = new Table("notes", "Notes from the team", List.of(Column.of("note", "Note", Table.Kind.TEXT),
                Column.of("author", "Author", Table.Kind.TEXT)),
                List.of(List.of(Cell.of("=1+1"), Cell.of("@SUM(A1:A3)")),
                        List.of(Cell.of("+31 20 555 0100"), Cell.of("-raise NPS by one full point this quarter")),
                        List.of(Cell.of("\tcmd|' /C calc'!A0"), Cell.of("Klantreis: ûnderfining, è, ñ, â"))),
                false);
        Chart trend = new Chart("nps-trend", "NPS trend", Chart.Kind.LINE,
                List.of("2026-Q1", "2026-Q2", "2026-Q3"),
                List.of(new Chart.Series("NPS", List.of(41.0, 42.0, 43.0)),
                        new Chart.Series("CSAT %", List.of(78.0, Double.NaN, 81.5))),
                "points");
        Chart channels = new Chart("resolution", "Time to resolve an issue (hours)", Chart.Kind.BAR,
                List.of("Phone", "Email", "Chat"),
                List.of(new Chart.Series("2026-Q2", List.of(10.0, 30.0, 5.0)),
                        new Chart.Series("2026-Q3", List.of(8.0, 24.0, 4.0))),
                "hours");
        Section summary = new Section("summary", "Executive summary", List.of(
                new Heading(1, "KPI scorecard"),
                new KeyFigures(List.of(new KeyFigures.KeyFigure("NPS", "43.0", "+1.0 vs 2026-Q2 · target 43.0",
                        Status.GOOD))),
                new Paragraph("Raise NPS by one full point this quarter; cut the time to resolve an issue by 20 % "
                        + "this quarter."),
                new BulletList(List.of("Step 3 is not complete", "=HYPERLINK(\"http://evil\")")),
                nps, trend));
        Section kpis = new Section("kpis", "KPIs: churn / resolution [Q3]", List.of(churn, channels,
                new Notice(Status.BAD, "The optimisation section failed: boom")));
        Section notes = new Section("notes", "Executive summary", List.of(userText));
        return new ReportDocument("Quarterly CX strategy report", "Acme Groceries · 2026-Q3", "2026-Q3", "en",
                List.of(summary, kpis, notes), LABELS);
    }

    static List<Cell> npsRow(String touchpoint, int promoters, int passives, int detractors, Status status) {
        int n = promoters + passives + detractors;
        double nps = (promoters - detractors) / (double) n * 100;
        return List.of(Cell.of(touchpoint), Cell.of(promoters), Cell.of(passives), Cell.of(detractors), Cell.of(n),
                Cell.of(nps), new Cell(status.name(), status));
    }

    /** A document with one large table of the given number of rows, plus a chart on the same sheet. */
    static ReportDocument large(int rows) {
        List<List<Cell>> data = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            int promoters = i % 97;
            int detractors = i % 31;
            int n = promoters + detractors + 10;
            data.add(List.of(Cell.of("Touchpoint " + i), Cell.of(promoters), Cell.of(detractors), Cell.of(n),
                    Cell.of((promoters - detractors) / (double) n * 100)));
        }
        Table table = new Table("responses", "Responses", List.of(Column.of("touchpoint", "Touchpoint", Table.Kind.TEXT),
                Column.of("promoters", "Promoters", Table.Kind.INTEGER),
                Column.of("detractors", "Detractors", Table.Kind.INTEGER), Column.of("n", "n", Table.Kind.INTEGER),
                new Column("nps", "NPS", Table.Kind.DECIMAL, "({promoters} - {detractors}) / {n} * 100", 2)), data,
                true);
        Chart chart = new Chart("trend", "NPS trend", Chart.Kind.BAR, List.of("Q1", "Q2"),
                List.of(new Chart.Series("NPS", List.of(40.0, 42.0))), "points");
        return new ReportDocument("Large", "Acme · 2026-Q3", "2026-Q3", "en",
                List.of(new Section("big", "Big table", List.of(chart, table))), LABELS);
    }
}
