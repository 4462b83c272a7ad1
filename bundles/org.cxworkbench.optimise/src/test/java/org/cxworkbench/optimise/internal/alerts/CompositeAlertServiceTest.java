package org.cxworkbench.optimise.internal.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cxworkbench.model.GoalStatus;
import org.cxworkbench.model.RankObservation;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.optimise.api.Alert;
import org.cxworkbench.optimise.api.AlertKind;
import org.cxworkbench.optimise.api.AlertSeverity;
import org.cxworkbench.optimise.fixtures.FakeGoalTracker;
import org.cxworkbench.optimise.fixtures.FakeKpiService;
import org.cxworkbench.optimise.fixtures.OptimiseSeeds;
import org.cxworkbench.plan.internal.TimelineBuilder;
import org.cxworkbench.optimise.internal.trends.MeasureServices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CompositeAlertServiceTest {

    private Strategy strategy;
    private CompositeAlertService service;
    private MeasureServices measures;
    private FakeKpiService kpis;

    @BeforeEach
    void setUp() {
        strategy = OptimiseSeeds.strategy();
        measures = new MeasureServices();
        service = new CompositeAlertService(new TimelineBuilder(), measures);
        kpis = new FakeKpiService();
        measures.setKpiService(kpis);
    }

    private List<Alert> alerts(AlertKind kind) {
        return service.alerts(strategy, "2026-Q3").stream().filter(a -> a.kind() == kind).toList();
    }

    @Test
    void aHigherIsBetterKpiFallingTwoPeriodsInARowRaisesAnAlert() {
        kpis.series("NPS", "2026-Q1", 44, 42, 40.5);

        List<Alert> alerts = alerts(AlertKind.KPI_WORSENING);

        assertEquals(1, alerts.size());
        Alert nps = alerts.get(0);
        assertEquals("NPS", nps.subjectId());
        assertEquals(AlertSeverity.WARNING, nps.severity());
        assertEquals("alert:KPI_WORSENING:NPS", nps.trigger());
        assertEquals("NPS 44.0 points (2026-Q1, n=120) -> 42.0 points (2026-Q2, n=120) -> 40.5 points (2026-Q3, n=120)",
                nps.evidence());
        assertTrue(nps.message().contains("higher is better"));
    }

    @Test
    void aLowerIsBetterKpiRisingTwoPeriodsInARowRaisesAnAlert() {
        kpis.series("RESOLUTION_TIME", "2026-Q1", 10, 12, 15);
        kpis.series("NPS", "2026-Q1", 40, 41, 42);

        List<Alert> alerts = alerts(AlertKind.KPI_WORSENING);

        assertEquals(List.of("RESOLUTION_TIME"), alerts.stream().map(Alert::subjectId).toList(),
                "rising NPS is good news, rising time to resolution is not");
        assertTrue(alerts.get(0).message().contains("lower is better"));
    }

    @Test
    void exactlyOneWorseningPeriodGivesNoAlert() {
        kpis.series("NPS", "2026-Q1", 40, 42, 41);
        kpis.series("CHURN", "2026-Q1", 10, 9, 10);
        kpis.series("RESOLUTION_TIME", "2026-Q1", 12, 12, 14);

        assertEquals(List.of(), alerts(AlertKind.KPI_WORSENING));
    }

    @Test
    void worseningMustReachThePeriodAskedAbout() {
        kpis.series("NPS", "2026-Q1", 44, 42, 40.5);

        assertEquals(List.of(), service.alerts(strategy, "2026-Q4").stream()
                .filter(a -> a.kind() == AlertKind.KPI_WORSENING).toList(), "no NPS measured in 2026-Q4 yet");
        assertEquals(List.of(), service.alerts(strategy, "2026-Q2").stream()
                .filter(a -> a.kind() == AlertKind.KPI_WORSENING).toList(), "only one period before 2026-Q2");
    }

    @Test
    void withoutAKpiServiceThereAreNoKpiAlertsButTheOthersStill() {
        kpis.series("NPS", "2026-Q1", 44, 42, 40.5);
        measures.unsetKpiService(kpis);

        List<Alert> alerts = service.alerts(strategy, "2026-Q3");

        assertTrue(alerts.stream().noneMatch(a -> a.kind() == AlertKind.KPI_WORSENING));
        assertTrue(alerts.stream().anyMatch(a -> a.kind() == AlertKind.STEP_OVERDUE));
    }

    @Test
    void goalsOffTrackOrMissedFromTheGoalTrackerMostSevereFirst() {
        measures.setGoalTracker(new FakeGoalTracker()
                .progress("goal-1", "2026-Q3", 41, 42, 40.5, GoalStatus.OFF_TRACK)
                .progress("goal-2", "2026-Q3", 10, 8, 11, GoalStatus.MISSED));

        List<Alert> alerts = service.alerts(strategy, "2026-Q3");

        Alert first = alerts.get(0);
        assertEquals(AlertKind.GOAL_MISSED, first.kind());
        assertEquals(AlertSeverity.CRITICAL, first.severity());
        assertEquals("goal-2", first.subjectId());
        assertEquals("measured 11.0 in 2026-Q3, target 8.0", first.evidence());
        List<Alert> offTrack = alerts(AlertKind.GOAL_OFF_TRACK);
        assertEquals(1, offTrack.size());
        assertTrue(offTrack.get(0).message().contains("Raise NPS by one full point this quarter"));
    }

    @Test
    void withoutAGoalTrackerTheStoredGoalStatusIsUsed() {
        strategy.getGoals().get(0).setStatus(GoalStatus.OFF_TRACK);

        List<Alert> alerts = alerts(AlertKind.GOAL_OFF_TRACK);

        assertEquals(1, alerts.size());
        assertTrue(alerts.get(0).evidence().contains("goal tracking is not installed"));
    }

    @Test
    void stepsOpenAfterTheirDueDateAtTheEndOfThePeriodAreOverdue() {
        List<Alert> alerts = alerts(AlertKind.STEP_OVERDUE);

        assertEquals(List.of("tactic-step-3"), alerts.stream().map(Alert::subjectId).toList(),
                "the launch is due on the last day of the quarter, so it is not overdue yet");
        assertEquals("due 2026-09-15, IN_PROGRESS on 2026-09-30, owner Priya", alerts.get(0).evidence());
        assertEquals(List.of(), alerts(AlertKind.TACTIC_OVERDUE));

        strategy.getTactics().get(0).setDueDate("2026-09-20");
        assertEquals(List.of("tactic-1"), alerts(AlertKind.TACTIC_OVERDUE).stream().map(Alert::subjectId).toList());
    }

    @Test
    void aCompetitorOvertakingUsOnATopKeywordRaisesAnAlert() {
        List<Alert> alerts = alerts(AlertKind.COMPETITOR_OVERTOOK);

        assertEquals(1, alerts.size());
        Alert overtaken = alerts.get(0);
        assertEquals("keyword-1/competitor-1", overtaken.subjectId());
        assertEquals("Bolt Groceries overtook us for 'online grocery delivery'", overtaken.message());
        assertEquals("'online grocery delivery': Bolt Groceries 4 -> 1, own position 2 -> 3 (2026-07-01 -> 2026-09-15)",
                overtaken.evidence());
    }

    @Test
    void dropsOfThreeOrMorePlacesOnTopKeywordsOnly() {
        List<Alert> alerts = alerts(AlertKind.RANK_DROP);

        assertEquals(List.of("keyword-2"), alerts.stream().map(Alert::subjectId).toList(),
                "grocery app lost two places only; organic vegetables is keyword number 6");
        assertEquals("'kid-friendly dinner recipes': own position 3 (2026-07-01) -> 7 (2026-09-15)",
                alerts.get(0).evidence());
    }

    @Test
    void fallingOutOfTheResultsIsADrop() {
        for (RankObservation o : strategy.getRankObservations()) {
            if (o.getKeyword().getId().equals("keyword-3") && o.getCompetitor() == null && o.getDate().equals("2026-09-15")) {
                o.unsetPosition();
            }
        }

        assertTrue(alerts(AlertKind.RANK_DROP).stream().anyMatch(a -> a.subjectId().equals("keyword-3")
                && a.message().endsWith("dropped from 2 to not found")));
    }

    @Test
    void rankChangesOfAnEarlierQuarterAreNotRaisedAgain() {
        assertEquals(List.of(), service.alerts(strategy, "2026-Q4").stream()
                .filter(a -> a.kind() == AlertKind.RANK_DROP || a.kind() == AlertKind.COMPETITOR_OVERTOOK).toList());
    }

    @Test
    void refusesAMalformedPeriod() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> service.alerts(strategy, "Q3"));
        assertTrue(e.getMessage().contains("'Q3' is not a period"));
    }
}
