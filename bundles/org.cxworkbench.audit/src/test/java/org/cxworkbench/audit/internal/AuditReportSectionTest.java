package org.cxworkbench.audit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.cxworkbench.api.report.Chart;
import org.cxworkbench.api.report.Notice;
import org.cxworkbench.api.report.Paragraph;
import org.cxworkbench.api.report.ReportContext;
import org.cxworkbench.api.report.Section;
import org.cxworkbench.api.report.Status;
import org.cxworkbench.api.report.Table;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.SwotQuadrant;
import org.junit.jupiter.api.Test;

class AuditReportSectionTest {

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

    private static <T> T block(Section section, Class<T> type, int index) {
        return section.blocks().stream().filter(type::isInstance).map(type::cast).toList().get(index);
    }

    @Test
    void inventoryRatingsChartAndSwot() {
        Strategy s = AuditStrategies.complete();
        AuditStrategies.swot(s, "swot-item-5", SwotQuadrant.STRENGTH, "Friendly store staff",
                AuditStrategies.touchpoint(s, "touchpoint-3"));
        Section section = new AuditReportSection().build(context(s, "2026-Q3"));
        assertEquals("audit", section.id());
        assertEquals("Customer experience audit", section.title());
        assertEquals("4 touchpoint(s) in 4 channel(s); 4 rated, with an average latest rating of 3.3 of 5. The audit "
                + "noted 5 pain point(s), 1 opportunit(ies), 1 thing(s) that work well and 1 threat(s).",
                block(section, Paragraph.class, 0).text());

        Table inventory = block(section, Table.class, 0);
        assertEquals("inventory", inventory.key());
        List<Table.Cell> app = inventory.rows().get(1);
        assertEquals("mobile app", app.get(0).value());
        assertEquals("Order", app.get(1).value());
        assertEquals(new Table.Cell(4.5, Status.GOOD), app.get(4));
        assertEquals(new Table.Cell(0.5, Status.GOOD), app.get(6));
        assertEquals(new Table.Cell(2.0, Status.BAD), inventory.rows().get(3).get(4));
        assertEquals(new Table.Cell(3.5, Status.WARNING), inventory.rows().get(0).get(4));

        Table ratings = block(section, Table.class, 1);
        assertEquals(List.of("touchpoint", "2026-Q2", "2026-Q3"), ratings.columns().stream().map(Table.Column::key)
                .toList());
        assertEquals(null, ratings.rows().get(0).get(1).value(), "the store was not rated in 2026-Q2");

        Chart chart = block(section, Chart.class, 0);
        assertEquals(Chart.Kind.LINE, chart.kind());
        assertEquals(List.of("2026-Q2", "2026-Q3"), chart.categories());
        assertEquals(3.5, chart.series().get(0).values().get(0), 1e-9);
        assertEquals(3.25, chart.series().get(0).values().get(1), 1e-9);

        Table swot = block(section, Table.class, 2);
        assertEquals(List.of("Strength", "Strength", "Weakness", "Opportunity", "Threat"),
                swot.rows().stream().map(r -> r.get(0).value()).toList());
        assertEquals("Store pick-up", swot.rows().get(1).get(2).value());
        assertEquals("entered", swot.rows().get(0).get(3).value());
    }

    @Test
    void theReportPeriodLimitsTheRatings() {
        Section section = new AuditReportSection().build(context(AuditStrategies.complete(), "2026-Q2"));
        Chart chart = block(section, Chart.class, 0);
        assertEquals(List.of("2026-Q2"), chart.categories());
    }

    @Test
    void noTouchpointsGivesANotice() {
        Strategy s = AuditStrategies.audited();
        s.getTouchpoints().clear();
        Section section = new AuditReportSection().build(context(s, "2026-Q3"));
        assertTrue(section.blocks().get(0) instanceof Notice n && n.status() == Status.WARNING);
        Table swot = block(section, Table.class, 0);
        assertTrue(swot.rows().isEmpty());
        assertTrue(swot.caption().startsWith("The SWOT of the own customer experience is empty"));
    }
}
