package org.cxworkbench.goals.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.cxworkbench.api.report.Notice;
import org.cxworkbench.api.report.Paragraph;
import org.cxworkbench.api.report.ReportContext;
import org.cxworkbench.api.report.Section;
import org.cxworkbench.api.report.Status;
import org.cxworkbench.api.report.Table;
import org.cxworkbench.model.Strategy;
import org.junit.jupiter.api.Test;

class GoalsReportSectionTest {

    private static ReportContext context(Strategy strategy, String period) {
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
                return List.of(period);
            }

            @Override
            public Locale locale() {
                return Locale.ENGLISH;
            }
        };
    }

    private static Table table(Section section, String key) {
        return section.blocks().stream().filter(b -> b instanceof Table t && t.key().equals(key)).map(Table.class::cast)
                .findFirst().orElseThrow();
    }

    @Test
    void theGoalTreeWithProgressAndStatusColours() {
        FakeKpiService kpis = new FakeKpiService().put("NPS", "2026-Q3", 42).put("RESOLUTION_TIME", "2026-Q3", 27);
        Section section = new GoalsReportSection(kpis).build(context(Strategies.example(), "2026-Q3"));
        assertEquals("goals", section.id());
        assertEquals("Goals", section.title());
        assertEquals("2 goal(s), 1 of them top-level; 2 pass all five SMART letters. Status in 2026-Q3: 1 achieved, "
                + "0 on track, 0 at risk, 0 off track, 1 missed, 0 unknown.",
                ((Paragraph) section.blocks().get(0)).text());
        Table tree = table(section, "goalTree");
        assertEquals(2, tree.rows().size());
        List<Table.Cell> nps = tree.rows().get(0);
        assertEquals("Raise NPS", nps.get(0).value());
        assertEquals(41.0, nps.get(2).value());
        assertEquals(42.0, nps.get(3).value());
        assertEquals(100.0, (Double) nps.get(5).value(), 1e-9);
        assertEquals(new Table.Cell("achieved", Status.GOOD), nps.get(6));
        List<Table.Cell> ttr = tree.rows().get(1);
        assertEquals("  Cut time to resolve", ttr.get(0).value());
        assertEquals(24.0, (Double) ttr.get(3).value(), 1e-9);
        assertEquals(50.0, (Double) ttr.get(5).value(), 1e-9);
        assertEquals(new Table.Cell("missed", Status.BAD), ttr.get(6));
        Table smart = table(section, "smart");
        assertEquals(List.of("Goal", "Specific", "Measurable", "Achievable", "Relevant", "Time-bound"),
                smart.columns().stream().map(Table.Column::header).toList());
        assertEquals(new Table.Cell("pass", Status.GOOD), smart.rows().get(0).get(3));
        Table reasons = table(section, "smartReasons");
        assertEquals(10, reasons.rows().size());
        assertEquals("RESOLUTION_TIME -20 % relative: 30.0 hours -> 24.0 hours", reasons.rows().get(6).get(3).value());
    }

    @Test
    void unknownWithoutKpiDataAndANoticeWithoutGoals() {
        Section section = new GoalsReportSection(null).build(context(Strategies.example(), "2026-Q3"));
        Table tree = table(section, "goalTree");
        assertEquals(new Table.Cell("unknown", Status.NEUTRAL), tree.rows().get(0).get(6));
        assertEquals(null, tree.rows().get(0).get(4).value());
        Section empty = new GoalsReportSection(null).build(context(Strategies.empty(), "2026-Q3"));
        assertEquals(1, empty.blocks().size());
        assertTrue(empty.blocks().get(0) instanceof Notice n && n.status() == Status.WARNING);
    }
}
