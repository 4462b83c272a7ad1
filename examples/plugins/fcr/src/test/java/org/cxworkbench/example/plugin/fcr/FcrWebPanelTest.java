package org.cxworkbench.example.plugin.fcr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.cxworkbench.api.report.Block;
import org.cxworkbench.api.report.Chart;
import org.cxworkbench.api.report.KeyFigures;
import org.cxworkbench.api.report.Paragraph;
import org.cxworkbench.api.report.ReportContext;
import org.cxworkbench.api.report.Status;
import org.cxworkbench.api.web.WebPanel;
import org.cxworkbench.model.CxStrategyFactory;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.Measurement;
import org.cxworkbench.model.Strategy;
import org.junit.jupiter.api.Test;

class FcrWebPanelTest {

    private final Strategy strategy = CxStrategyFactory.eINSTANCE.createStrategy();
    private final KpiDefinition fcr = FcrDefinitionProvider.create();

    @Test
    void theDashboardPanelShowsTheFcrOfThePeriodWithItsChangeAndTheTrend() {
        strategy.getKpiDefinitions().add(fcr);
        measure("2026-Q1", 84, 46);
        measure("2026-Q2", 98, 42);
        measure("2026-Q3", 87, 34);

        List<Block> blocks = new FcrWebPanel().render(context("2026-Q3", Locale.ENGLISH));

        KeyFigures.KeyFigure figure = ((KeyFigures) blocks.get(0)).figures().get(0);
        assertEquals("FCR 2026-Q3", figure.label());
        assertEquals("71.9 %", figure.value());
        assertEquals("87 of 121 resolved tickets in the first contact; +1.9 points vs 2026-Q2", figure.detail());
        assertEquals(Status.GOOD, figure.status());
        Chart trend = (Chart) blocks.get(1);
        assertEquals(Chart.Kind.LINE, trend.kind());
        assertEquals(List.of("2026-Q1", "2026-Q2", "2026-Q3"), trend.categories(),
                "the eight trend periods from the first with data");
        assertEquals(64.6, trend.series().get(0).values().get(0), 0.05);
        assertEquals(70.0, trend.series().get(0).values().get(1), 0.05);
    }

    @Test
    void aFallIsRedAndAPeriodWithoutTicketsSaysSo() {
        strategy.getKpiDefinitions().add(fcr);
        measure("2026-Q2", 98, 42);
        measure("2026-Q3", 60, 40);

        KeyFigures.KeyFigure figure = ((KeyFigures) new FcrWebPanel().render(context("2026-Q3", Locale.GERMAN)).get(0))
                .figures().get(0);
        assertEquals(Status.BAD, figure.status());
        assertTrue(figure.detail().endsWith("-10,0 Punkte ggü. 2026-Q2"), figure.detail());

        List<Block> later = new FcrWebPanel().render(context("2026-Q4", Locale.ENGLISH));
        assertEquals(new Paragraph("No ticket resolved in 2026-Q4 has first contact data yet."), later.get(0));
    }

    @Test
    void withoutDataThePanelSaysHowToGetIt() {
        assertEquals(List.of(new Paragraph("No first contact resolution data yet: import a ticket export with cxw import-fcr.")),
                new FcrWebPanel().render(context("2026-Q3", Locale.ENGLISH)));
    }

    @Test
    void itIsRegisteredAsAPanelOfTheDashboard() throws Exception {
        // written by bnd from @WebPanelService when the classes are built
        try (var in = getClass().getClassLoader().getResourceAsStream("OSGI-INF/" + FcrWebPanel.class.getName() + ".xml")) {
            String descriptor = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(descriptor.contains("<provide interface=\"" + WebPanel.class.getName() + "\"/>"), descriptor);
            assertTrue(descriptor.contains("name=\"" + WebPanel.ID + "\" type=\"String\" value=\"fcr\""), descriptor);
            assertTrue(descriptor.contains("name=\"" + WebPanel.PLACEMENT + "\" type=\"String\" value=\"dashboard\""),
                    descriptor);
        }
    }

    private void measure(String period, long first, long later) {
        FcrMeasurements.add(strategy, fcr, period, "", first, later);
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
                List<String> periods = new ArrayList<>();
                int year = Integer.parseInt(period.substring(0, 4));
                int quarter = period.charAt(6) - '0';
                for (int i = 0; i < count; i++) {
                    periods.add(year + "-Q" + quarter);
                    if (--quarter == 0) {
                        quarter = 4;
                        year--;
                    }
                }
                Collections.reverse(periods);
                return periods;
            }

            @Override
            public Locale locale() {
                return locale;
            }
        };
    }
}
