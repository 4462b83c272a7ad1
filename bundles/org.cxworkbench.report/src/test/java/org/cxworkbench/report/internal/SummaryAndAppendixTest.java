package org.cxworkbench.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.cxworkbench.api.report.Block;
import org.cxworkbench.api.report.BulletList;
import org.cxworkbench.api.report.Chart;
import org.cxworkbench.api.report.KeyFigures;
import org.cxworkbench.api.report.Notice;
import org.cxworkbench.api.report.Paragraph;
import org.cxworkbench.api.report.Section;
import org.cxworkbench.api.report.Status;
import org.cxworkbench.api.report.Table;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.report.internal.appendix.AppendixSection;
import org.cxworkbench.report.internal.summary.SummarySection;
import org.junit.jupiter.api.Test;

class SummaryAndAppendixTest {

    static StrategyReportContext context(Strategy strategy) {
        return new StrategyReportContext(strategy, "2026-Q3", Locale.ENGLISH);
    }

    @Test
    void summaryShowsStepsScorecardAlertsAndDecisions() {
        Section summary = new SummarySection(Fixtures.workflow(), Fixtures.kpis(), Fixtures.goals())
                .build(context(Fixtures.strategy()));
        assertEquals("summary", summary.id());
        assertEquals("Executive summary", summary.title());

        Table steps = table(summary, "steps");
        assertEquals(9, steps.rows().size());
        assertEquals("Complete", steps.rows().get(0).get(2).value());
        assertEquals(Status.GOOD, steps.rows().get(0).get(2).status());
        assertEquals("Incomplete", steps.rows().get(2).get(2).value());
        assertEquals(Status.BAD, steps.rows().get(2).get(2).status());
        assertEquals("no competitor with keywords", steps.rows().get(2).get(3).value());
        KeyFigures stepFigure = (KeyFigures) summary.blocks().get(1);
        assertEquals("7 / 9", stepFigure.figures().get(0).value());

        Table scorecard = table(summary, "scorecard");
        assertEquals("{value} - {previous}", scorecard.columns().get(4).formula());
        List<Table.Cell> nps = scorecard.rows().get(0);
        assertEquals("NPS Net Promoter Score", nps.get(0).value());
        assertEquals(43.0, nps.get(2).value());
        assertEquals(42.0, nps.get(3).value());
        assertEquals(1.0, nps.get(4).value());
        assertEquals(43.0, nps.get(5).value(), "raise NPS by one full point from 42");
        assertEquals(Status.GOOD, nps.get(6).status());
        List<Table.Cell> ttr = scorecard.rows().get(1);
        assertEquals(8.0, (Double) ttr.get(5).value(), 1e-9, "cut 10 hours by 20 %");
        assertEquals(Status.BAD, ttr.get(6).status());
        assertEquals("2026-Q2", scorecard.columns().get(3).header());

        KeyFigures kpiFigures = blocks(summary, KeyFigures.class).get(1);
        assertEquals("43.0", kpiFigures.figures().get(0).value());
        assertEquals("+1.0 vs 2026-Q2 · target 43.0", kpiFigures.figures().get(0).detail());

        Chart trend = blocks(summary, Chart.class).get(0);
        assertEquals(Chart.Kind.LINE, trend.kind());
        assertEquals(List.of("2026-Q1", "2026-Q2", "2026-Q3"), trend.categories(),
                "the trend starts at the first quarter with data, not on empty quarters");
        assertEquals(List.of("NPS", "TTR"), trend.series().stream().map(Chart.Series::name).toList());

        List<String> alerts = blocks(summary, BulletList.class).get(0).items();
        assertEquals("Step 3 (Identify competitors through keywords) is not complete: no competitor with keywords",
                alerts.get(0));
        assertTrue(alerts.contains("Goal \"Cut the time to resolve an issue by 20 % this quarter\" is off track. "
                + "Measured in 2026-Q3."), alerts.toString());
        assertTrue(alerts.contains("TTR Time to resolve an issue worsened from 10.0 in 2026-Q2 to 11.0 in 2026-Q3."),
                alerts.toString());

        List<String> decisions = blocks(summary, BulletList.class).get(1).items();
        assertEquals("Launch the chatbot: find, implement, test, launch by November", decisions.get(0));
        assertTrue(blocks(summary, Paragraph.class).stream()
                .anyMatch(p -> p.text().equals("Review of 2026-09-28 with Ana (CX lead), Ben (support):")));
    }

    @Test
    void summarySaysWhatIsNotInstalled() {
        Section summary = new SummarySection(null, null, null).build(context(Fixtures.strategy()));
        List<Notice> notices = blocks(summary, Notice.class);
        assertEquals(2, notices.size());
        assertTrue(notices.get(0).text().contains("workflow service is not installed"));
        assertTrue(notices.get(1).text().contains("KPI service is not installed"));
        List<String> alerts = blocks(summary, BulletList.class).get(0).items();
        assertEquals(List.of("Goal \"Cut the time to resolve an issue by 20 % this quarter\" is off track."), alerts,
                "without a tracker the goal's stored status is used");
    }

    @Test
    void summaryWithoutReviewSaysSo() {
        Strategy strategy = Fixtures.strategy();
        strategy.getReviews().clear();
        Section summary = new SummarySection(Fixtures.workflow(), Fixtures.kpis(), Fixtures.goals())
                .build(context(strategy));
        assertTrue(blocks(summary, Paragraph.class).stream()
                .anyMatch(p -> p.text().equals("No optimisation review is recorded for 2026-Q3.")));
    }

    @Test
    void appendixListsKpiDefinitionsAndProvenance() {
        Section appendix = new AppendixSection().build(context(Fixtures.strategy()));
        assertEquals("Appendix", appendix.title());
        Table kpis = table(appendix, "kpi-definitions");
        List<Table.Cell> nps = kpis.rows().get(0);
        assertEquals("NPS", nps.get(0).value());
        assertEquals(1, nps.get(2).value());
        assertEquals("0–10", nps.get(4).value());
        assertEquals("promoters ≥ 9, detractors ≤ 6", nps.get(5).value());
        assertEquals("(promoters - detractors) / responses * 100", nps.get(6).value());
        assertEquals("higher is better", nps.get(8).value());
        assertEquals("lower is better", kpis.rows().get(1).get(8).value());
        assertEquals("", kpis.rows().get(1).get(4).value(), "no scale for a duration KPI");

        Table imports = table(appendix, "imports");
        List<Table.Cell> row = imports.rows().get(0);
        assertEquals("SURVEY", row.get(0).value());
        assertEquals("9f86d081884c", row.get(2).value());
        assertEquals(1200L, row.get(4).value());
        assertEquals(13L, row.get(6).value());
        assertEquals(Status.WARNING, row.get(6).status());

        Table rejects = table(appendix, "rejects-import-1");
        assertEquals(10, rejects.rows().size(), "the first ten rejects");
        assertEquals(10L, rejects.rows().get(0).get(0).value());
        assertTrue(appendix.blocks().stream().anyMatch(b -> b instanceof org.cxworkbench.api.report.Heading h
                && h.text().equals("Rejected rows of nps-2026-q3.csv (first 10 of 13)")));
    }

    @Test
    void messagesHaveNoMissingKeysInTheSections() {
        Section summary = new SummarySection(Fixtures.workflow(), Fixtures.kpis(), Fixtures.goals())
                .build(context(Fixtures.strategy()));
        Section appendix = new AppendixSection().build(context(Fixtures.strategy()));
        for (Section s : List.of(summary, appendix)) {
            assertNull(text(s).lines().filter(l -> l.matches(".*!\\w[\\w.]*!.*")).findFirst().orElse(null));
        }
    }

    static String text(Section section) {
        StringBuilder b = new StringBuilder();
        for (Block block : section.blocks()) {
            b.append(block).append('\n');
        }
        return b.toString();
    }

    static Table table(Section section, String key) {
        return blocks(section, Table.class).stream().filter(t -> t.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + key));
    }

    static <T extends Block> List<T> blocks(Section section, Class<T> type) {
        return section.blocks().stream().filter(type::isInstance).map(type::cast).toList();
    }
}
