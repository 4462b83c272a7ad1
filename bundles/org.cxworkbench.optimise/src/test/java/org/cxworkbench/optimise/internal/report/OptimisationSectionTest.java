package org.cxworkbench.optimise.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.cxworkbench.api.report.Block;
import org.cxworkbench.api.report.BulletList;
import org.cxworkbench.api.report.Notice;
import org.cxworkbench.api.report.ReportContext;
import org.cxworkbench.api.report.Section;
import org.cxworkbench.api.report.Status;
import org.cxworkbench.api.report.Table;
import org.cxworkbench.api.report.Table.Cell;
import org.cxworkbench.model.GoalStatus;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.WorkStatus;
import org.cxworkbench.optimise.fixtures.FakeGoalTracker;
import org.cxworkbench.optimise.fixtures.FakeKpiService;
import org.cxworkbench.optimise.fixtures.OptimiseSeeds;
import org.cxworkbench.optimise.internal.alerts.CompositeAlertService;
import org.cxworkbench.optimise.internal.backlog.BacklogProposer;
import org.cxworkbench.plan.internal.TimelineBuilder;
import org.cxworkbench.optimise.internal.trends.MeasureServices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OptimisationSectionTest {

    private CompositeAlertService alerts;
    private MeasureServices measures;
    private FakeGoalTracker goals;
    private FakeKpiService kpis;

    @BeforeEach
    void setUp() {
        kpis = new FakeKpiService().series("NPS", "2026-Q1", 44, 42, 40.5);
        goals = new FakeGoalTracker().progress("goal-1", "2026-Q3", 41, 42, 40.5, GoalStatus.OFF_TRACK)
                .progress("goal-2", "2026-Q3", 10, 8, 12, GoalStatus.MISSED);
        measures = new MeasureServices();
        measures.setKpiService(kpis);
        measures.setGoalTracker(goals);
        alerts = new CompositeAlertService(new TimelineBuilder(), measures);
    }

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
                return List.of("2026-Q1", "2026-Q2", "2026-Q3");
            }

            @Override
            public Locale locale() {
                return Locale.ENGLISH;
            }
        };
    }

    private static <T extends Block> List<T> blocks(Section section, Class<T> type) {
        return section.blocks().stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static Table table(Section section, String key) {
        return blocks(section, Table.class).stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void showsAlertsWithSeverityColoursTheBacklogAndTheReview() {
        Strategy s = OptimiseSeeds.strategy();
        BacklogProposer.accept(s, new BacklogProposer(Locale.ENGLISH).propose(s, alerts.alerts(s, "2026-Q3")), "2026-Q3");
        s.getBacklog().get(s.getBacklog().size() - 1).setStatus(WorkStatus.DONE);
        OptimiseSeeds.review(s, "optimisation-review-1", "2026-Q3", "Add password reset to the chatbot");
        OptimisationSection section = new OptimisationSection(alerts, measures);

        Section built = section.build(context(s));

        assertEquals("optimisation", built.id());
        assertEquals("Optimisation", built.title());
        Table alertsTable = table(built, "alerts");
        List<Cell> first = alertsTable.rows().get(0);
        assertEquals("critical", first.get(0).value());
        assertEquals(Status.BAD, first.get(0).status());
        assertEquals("Goal missed", first.get(1).value());
        assertTrue(alertsTable.rows().stream().skip(1).allMatch(r -> r.get(0).status() == Status.WARNING));

        Table goalsTable = table(built, "goals");
        List<Cell> nps = goalsTable.rows().get(0);
        assertEquals(1.5, (Double) nps.get(4).value(), 1e-9);
        assertEquals("off track", nps.get(6).value());
        assertEquals(Status.BAD, nps.get(6).status());

        Table backlog = table(built, "backlog");
        assertEquals(List.of("Priority", "Item", "Evidence", "Status"),
                backlog.columns().stream().map(Table.Column::header).toList());
        assertEquals(1, backlog.rows().get(0).get(0).value());
        Cell lastStatus = backlog.rows().get(backlog.rows().size() - 1).get(3);
        assertEquals("done", lastStatus.value(), "closed items come last");
        assertEquals(Status.GOOD, lastStatus.status());

        List<BulletList> lists = blocks(built, BulletList.class);
        assertEquals(List.of("Check-in with the customer service team", "Post-purchase survey of repeat customers"),
                lists.get(0).items());
        assertEquals(List.of("Agents spend their mornings on password resets"), lists.get(1).items());
        assertEquals(List.of("Add password reset to the chatbot"), lists.get(2).items());
    }

    @Test
    void warnsWhenThePeriodHasNoReviewAndGoalTrackingIsMissing() {
        Section built = new OptimisationSection(alerts, new MeasureServices()).build(context(OptimiseSeeds.strategy()));

        List<Notice> notices = blocks(built, Notice.class);
        assertEquals(Status.NEUTRAL, notices.get(0).status());
        assertTrue(notices.get(0).text().contains("Goal tracking is not installed"));
        assertEquals(new Notice(Status.WARNING, "No optimisation review has been recorded for 2026-Q3."), notices.get(1));
    }
}
