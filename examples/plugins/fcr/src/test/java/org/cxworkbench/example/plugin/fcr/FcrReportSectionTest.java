package org.cxworkbench.example.plugin.fcr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.cxworkbench.api.report.Chart;
import org.cxworkbench.api.report.Paragraph;
import org.cxworkbench.api.report.ReportContext;
import org.cxworkbench.api.report.Section;
import org.cxworkbench.api.report.Table;
import org.cxworkbench.model.CxStrategyFactory;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.Measurement;
import org.cxworkbench.model.Strategy;
import org.junit.jupiter.api.Test;

class FcrReportSectionTest {

    private final Strategy strategy = CxStrategyFactory.eINSTANCE.createStrategy();
    private final KpiDefinition fcr = FcrDefinitionProvider.create();

    @Test
    void aTablePerPeriodWithALiveFormulaAndATrendChart() {
        strategy.getKpiDefinitions().add(fcr);
        measure("2026-Q1", "", 60, 40);
        measure("2026-Q3", "", 150, 50);
        measure("2026-Q3", "channel=Email", 30, 10);
        measure("2026-Q4", "", 1, 1);
        Section section = new FcrReportSection().build(context("2026-Q3", Locale.ENGLISH));

        assertEquals("fcr", section.id());
        assertEquals("First contact resolution", section.title());
        assertEquals("In 2026-Q3, 75.0 % of resolved tickets were resolved in the first contact (150 of 200).",
                ((Paragraph) section.blocks().get(0)).text());
        Table byPeriod = (Table) section.blocks().get(1);
        assertEquals("{first} / {resolved} * 100", byPeriod.columns().get(3).formula());
        assertEquals(2, byPeriod.rows().size(), "periods with data up to the reporting period");
        assertEquals(List.of("2026-Q1", 100L, 60L, 60.0), byPeriod.rows().get(0).stream().map(Table.Cell::value).toList());
        assertEquals(List.of("2026-Q3", 200L, 150L, 75.0), byPeriod.rows().get(1).stream().map(Table.Cell::value).toList());
        Table bySegment = (Table) section.blocks().get(2);
        assertEquals("channel=Email", bySegment.rows().get(0).get(0).value());
        assertEquals(75.0, bySegment.rows().get(0).get(3).value());
        Chart trend = (Chart) section.blocks().get(3);
        assertEquals(Chart.Kind.LINE, trend.kind());
        assertEquals(List.of("2026-Q1", "2026-Q2", "2026-Q3"), trend.categories());
        List<Double> values = trend.series().get(0).values();
        assertEquals(60.0, values.get(0), 1e-9);
        assertTrue(values.get(1).isNaN(), "no data in 2026-Q2");
        assertEquals(75.0, values.get(2), 1e-9);
    }

    @Test
    void withoutDataTheSectionSaysHowToGetIt() {
        Section section = new FcrReportSection().build(context("2026-Q3", Locale.GERMAN));
        assertEquals("Erstlösungsquote", section.title());
        assertEquals(List.of(new Paragraph("Noch keine Daten zur Erstlösungsquote: Ticket-Export mit cxw import-fcr importieren.")),
                section.blocks());
    }

    private void measure(String period, String segment, long first, long later) {
        FcrMeasurements.add(strategy, fcr, period, segment, first, later);
    }

    private ReportContext context(String period, Locale locale) {
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
                return List.of("2026-Q1", "2026-Q2", "2026-Q3");
            }

            @Override
            public Locale locale() {
                return locale;
            }
        };
    }
}
