package org.cxworkbench.plan.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.cxworkbench.api.report.Block;
import org.cxworkbench.api.report.Paragraph;
import org.cxworkbench.api.report.ReportContext;
import org.cxworkbench.api.report.Section;
import org.cxworkbench.api.report.Status;
import org.cxworkbench.api.report.Table;
import org.cxworkbench.api.report.Table.Cell;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.plan.fixtures.SeedStrategies;
import org.cxworkbench.plan.internal.TimelineBuilder;
import org.junit.jupiter.api.Test;

class PlanSectionTest {

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
    void flagsStepsOverdueAtTheEndOfTheReportPeriod() {
        Section section = new PlanSection(new TimelineBuilder()).build(context(SeedStrategies.chatbotWithSteps(), "2026-Q3"));

        assertEquals("plan", section.id());
        assertEquals("Implementation plan", section.title());
        Paragraph intro = assertInstanceOf(Paragraph.class, section.blocks().get(0));
        assertTrue(intro.text().contains("Overdue is as of 2026-09-30, the end of 2026-Q3"), intro.text());

        Table tactics = table(section, "tactics");
        assertEquals(List.of("Tactic", "Goals", "Owner", "Start", "Due", "Status"),
                tactics.columns().stream().map(Table.Column::header).toList());
        List<Cell> chatbot = tactics.rows().get(0);
        assertEquals("Chatbot on the website", chatbot.get(0).value());
        assertEquals("Raise NPS; Faster resolution", chatbot.get(1).value());
        assertEquals(Status.BAD, chatbot.get(4).status(), "the tactic was due 2026-08-17");

        Table steps = table(section, "steps");
        assertEquals(4, steps.rows().size());
        List<Object> overdue = steps.rows().stream().map(r -> r.get(6).value()).toList();
        assertEquals(List.of("", "overdue", "overdue", "overdue"), overdue);
        assertEquals(Status.BAD, steps.rows().get(1).get(6).status());
        assertEquals(Status.NEUTRAL, steps.rows().get(0).get(6).status());
        assertEquals("done", steps.rows().get(0).get(5).value());
        assertEquals(Status.GOOD, steps.rows().get(0).get(5).status());
        assertEquals("Tom", steps.rows().get(1).get(3).value());
        assertEquals("no owner", steps.rows().get(2).get(3).value());
        assertEquals(2, steps.rows().get(1).get(1).value());
    }

    @Test
    void isReproducibleAndDependsOnThePeriodNotTheClock() {
        PlanSection plan = new PlanSection(new TimelineBuilder());
        Strategy strategy = SeedStrategies.chatbotWithSteps();

        Section july = plan.build(context(strategy, "2026-07"));
        assertEquals(july, plan.build(context(strategy, "2026-07")));
        List<Object> overdue = table(july, "steps").rows().stream().map(r -> r.get(6).value()).toList();
        assertEquals(List.of("", "", "", ""), overdue, "on 2026-07-31 nothing is overdue yet");
    }

    @Test
    void saysSoWhenThereIsNoPlan() {
        Strategy strategy = SeedStrategies.chatbotWithoutSteps();
        strategy.getTactics().clear();
        List<Block> blocks = new PlanSection(new TimelineBuilder()).build(context(strategy, "2026-Q3")).blocks();
        assertEquals(List.of(new Paragraph("No tactics have been planned yet.")), blocks);
    }
}
