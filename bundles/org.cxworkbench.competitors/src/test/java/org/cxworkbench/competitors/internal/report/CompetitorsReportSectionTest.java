package org.cxworkbench.competitors.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.cxworkbench.api.report.Block;
import org.cxworkbench.api.report.Chart;
import org.cxworkbench.api.report.Notice;
import org.cxworkbench.api.report.Paragraph;
import org.cxworkbench.api.report.ReportContext;
import org.cxworkbench.api.report.Section;
import org.cxworkbench.api.report.Status;
import org.cxworkbench.api.report.Table;
import org.cxworkbench.competitors.internal.gap.GapAnalysis;
import org.cxworkbench.competitors.internal.rank.ObservedRankTracker;
import org.cxworkbench.competitors.internal.testing.CompetitorFixtures;
import org.cxworkbench.model.Strategy;
import org.junit.jupiter.api.Test;

class CompetitorsReportSectionTest {

    private static ReportContext context(Strategy strategy) {
        return new ReportContext() {
            @Override
            public Strategy strategy() {
                return strategy;
            }

            @Override
            public String period() {
                return "2026-Q3";
            }

            @Override
            public List<String> trendPeriods(int count) {
                return List.of("2026-Q3");
            }

            @Override
            public Locale locale() {
                return Locale.ENGLISH;
            }
        };
    }

    private static Section build(Strategy s) {
        return new CompetitorsReportSection(new ObservedRankTracker()).build(context(s));
    }

    private static Table table(Section section, String key) {
        return section.blocks().stream().filter(b -> b instanceof Table t && t.key().equals(key)).map(Table.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("no table " + key));
    }

    @Test
    void rankMatrixHasPositionsAndColourCodedChanges() {
        Section section = build(CompetitorFixtures.grocer());

        assertEquals("competitors", section.id());
        assertEquals("Competitors and competitive research", section.title());
        Table matrix = table(section, "rank-matrix");
        assertEquals(List.of("Keyword", "Relevance", "Own brand: position", "Own brand: places gained", "QuickCart: position",
                "QuickCart: places gained", "GreenGrocer: position", "GreenGrocer: places gained", "Latest check"),
                matrix.columns().stream().map(Table.Column::header).toList());
        List<Table.Cell> first = matrix.rows().get(0);
        assertEquals("online grocery delivery", first.get(0).value());
        assertEquals(3, first.get(2).value());
        assertEquals(2, first.get(3).value());
        assertEquals(Status.GOOD, first.get(3).status());
        assertEquals(-1, first.get(5).value());
        assertEquals(Status.BAD, first.get(5).status());
        assertEquals("2026-07-01", first.get(8).value());
        assertEquals(5, matrix.rows().size());
    }

    @Test
    void historyTableAndTopKeywordChartLowerIsBetter() {
        Section section = build(CompetitorFixtures.grocer());

        Table history = table(section, "rank-history");
        assertEquals(6, history.rows().size(), "two dates for the top keyword, one for the four others");
        assertEquals(java.util.Arrays.asList("online grocery delivery", "2026-06-01", 5, 1, null),
                history.rows().get(0).stream().map(Table.Cell::value).toList());
        Chart chart = section.blocks().stream().filter(Chart.class::isInstance).map(Chart.class::cast).findFirst().orElseThrow();
        assertEquals(Chart.Kind.LINE, chart.kind());
        assertEquals("Search positions for \"online grocery delivery\" over time", chart.title());
        assertTrue(chart.valueAxisLabel().contains("lower is better"));
        assertEquals(List.of("2026-06-01", "2026-07-01"), chart.categories());
        assertEquals(List.of("Own brand", "QuickCart", "GreenGrocer"), chart.series().stream().map(Chart.Series::name).toList());
        assertEquals(List.of(5.0, 3.0), chart.series().get(0).values());
        assertTrue(Double.isNaN(chart.series().get(2).values().get(0)), "not found is no value");
        assertEquals(4.0, chart.series().get(2).values().get(1));
    }

    @Test
    void findingsSwotAndGapsWithANoticeForUnrecordedProposals() {
        Strategy s = CompetitorFixtures.grocer();
        GapAnalysis.accept(s, GapAnalysis.propose(s).subList(2, 3));

        Section section = build(s);

        Table findings = table(section, "findings");
        assertEquals(4, findings.rows().size());
        assertEquals("Negative review", findings.rows().get(0).get(1).value());
        Table mysteryShop = findings;
        assertEquals(48.0, mysteryShop.rows().get(2).get(4).value());
        assertEquals(Status.BAD, mysteryShop.rows().get(2).get(5).status());
        assertEquals(3, table(section, "competitor-swot").rows().size());
        Table gaps = table(section, "gaps");
        assertEquals(1, gaps.rows().size());
        assertEquals("Chatbot that takes details and has an agent call back", gaps.rows().get(0).get(0).value());
        assertEquals("Customers wait long for a service rep", gaps.rows().get(0).get(2).value());
        Block last = section.blocks().get(section.blocks().size() - 1);
        Notice notice = assertInstanceOf(Notice.class, last);
        assertEquals("2 further opportunities are proposed by the gap analysis and not recorded yet.", notice.text());
    }

    @Test
    void anEmptyStrategySaysWhatIsMissing() {
        Section section = build(CompetitorFixtures.F.createStrategy());

        List<String> paragraphs = section.blocks().stream().filter(Paragraph.class::isInstance)
                .map(b -> ((Paragraph) b).text()).toList();
        assertEquals(List.of("No competitive keywords recorded yet.", "No competitive research recorded yet.",
                "No competitor SWOT recorded yet.", "No opportunity from the competitive analysis recorded yet."), paragraphs);
    }
}
