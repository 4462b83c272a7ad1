package org.cxworkbench.journeys.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.cxworkbench.api.report.Chart;
import org.cxworkbench.api.report.Paragraph;
import org.cxworkbench.api.report.ReportContext;
import org.cxworkbench.api.report.Section;
import org.cxworkbench.api.report.Status;
import org.cxworkbench.api.report.Table;
import org.cxworkbench.journeys.internal.testing.JourneyFixtures;
import org.cxworkbench.model.Strategy;
import org.junit.jupiter.api.Test;

class JourneysReportSectionTest {

    private static Section build(Strategy strategy) {
        return new JourneysReportSection().build(new ReportContext() {
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
        });
    }

    private static Table table(Section section, String key) {
        return section.blocks().stream().filter(b -> b instanceof Table t && t.key().equals(key)).map(Table.class::cast)
                .findFirst().orElseThrow();
    }

    @Test
    void personasTableListsNeedsFearsDesiresGoalsBehavioursChannels() {
        Section section = build(JourneyFixtures.busyParents());

        assertEquals("journeys", section.id());
        Table personas = table(section, "personas");
        assertEquals(List.of("Persona", "Needs", "Fears", "Desires", "Goals", "Behaviours", "Preferred channels"),
                personas.columns().stream().map(Table.Column::header).toList());
        assertEquals(List.of("Busy, time-starved parents", "Dinner on the table in 30 minutes", "Wasting food the kids won't eat",
                "Healthy meals the whole family likes", "Spend less time on weeknight meals",
                "Orders groceries on mobile early in the week", "Mobile app"),
                personas.rows().get(0).stream().map(Table.Cell::value).toList());
    }

    @Test
    void perJourneyAStageTableAndAnEmotionCurve() {
        Strategy s = JourneyFixtures.busyParents();
        s.getJourneys().get(0).getStages().get(0).unsetEmotionScore();

        Section section = build(s);

        Table stages = table(section, "journey-1");
        assertEquals(3, stages.rows().size());
        List<Table.Cell> purchase = stages.rows().get(1);
        assertEquals(Arrays.asList("Purchase", "Fills the basket on mobile; Checks out", "Checkout", 1.0,
                "Checkout asks for the delivery address every time", "Kid-friendly recipe pop-up before checkout"),
                purchase.stream().map(Table.Cell::value).toList());
        assertEquals(Status.GOOD, purchase.get(3).status());
        assertEquals(Status.BAD, stages.rows().get(2).get(3).status(), "after purchase feels negative");
        Chart chart = section.blocks().stream().filter(Chart.class::isInstance).map(Chart.class::cast).findFirst().orElseThrow();
        assertEquals(Chart.Kind.LINE, chart.kind());
        assertEquals("Emotion curve: Weekly grocery order", chart.title());
        assertEquals(List.of("Awareness", "Purchase", "After purchase"), chart.categories());
        List<Double> values = chart.series().get(0).values();
        assertTrue(Double.isNaN(values.get(0)), "awareness is not rated");
        assertEquals(List.of(1.0, -1.0), values.subList(1, 3));
        assertTrue(chart.valueAxisLabel().contains("-2"));
    }

    @Test
    void emptyStrategySaysSo() {
        Section section = build(JourneyFixtures.F.createStrategy());

        assertEquals(List.of("No audience persona described yet.", "No customer journey mapped yet."),
                section.blocks().stream().filter(Paragraph.class::isInstance).map(b -> ((Paragraph) b).text()).toList());
    }
}
