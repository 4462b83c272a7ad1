package org.cxworkbench.optimise.benchmark;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.cxworkbench.model.Competitor;
import org.cxworkbench.model.CxStrategyFactory;
import org.cxworkbench.model.Keyword;
import org.cxworkbench.model.RankObservation;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.Tactic;
import org.cxworkbench.model.TacticStep;
import org.cxworkbench.model.WorkStatus;
import org.cxworkbench.optimise.api.Alert;
import org.cxworkbench.optimise.fixtures.FakeKpiService;
import org.cxworkbench.optimise.fixtures.OptimiseSeeds;
import org.cxworkbench.optimise.internal.alerts.CompositeAlertService;
import org.cxworkbench.optimise.internal.backlog.BacklogProposer;
import org.cxworkbench.optimise.internal.backlog.Proposal;
import org.cxworkbench.plan.internal.TimelineBuilder;
import org.cxworkbench.optimise.internal.trends.MeasureServices;

/**
 * Not a test (Surefire runs only *Test classes): times the plan timeline, the alerts and the backlog proposal on
 * a large strategy. Run with the test class path: {@code java -cp ... org.cxworkbench.optimise.benchmark.AlertsBenchmark}.
 */
public final class AlertsBenchmark {

    private AlertsBenchmark() {
    }

    public static void main(String[] args) {
        int tactics = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        Strategy s = large(tactics, 8, 50, 20, 12);
        FakeKpiService kpis = new FakeKpiService().series("NPS", "2026-Q1", 44, 42, 40.5)
                .series("RESOLUTION_TIME", "2026-Q1", 10, 12, 15);
        MeasureServices measures = new MeasureServices();
        measures.setKpiService(kpis);
        CompositeAlertService service = new CompositeAlertService(new TimelineBuilder(), measures);
        System.out.printf("strategy: %d tactics, %d steps, %d keywords, %d rank observations%n", s.getTactics().size(),
                s.getTactics().stream().mapToInt(t -> t.getSteps().size()).sum(), s.getKeywords().size(),
                s.getRankObservations().size());
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            new TimelineBuilder().timeline(s, LocalDate.of(2026, 9, 30));
            long t1 = System.nanoTime();
            List<Alert> alerts = service.alerts(s, "2026-Q3");
            long t2 = System.nanoTime();
            List<Proposal> proposals = new BacklogProposer(Locale.ENGLISH).propose(s, alerts);
            Strategy copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(s);
            long t3 = System.nanoTime();
            BacklogProposer.accept(copy, proposals, "2026-Q3");
            long t4 = System.nanoTime();
            System.out.printf("round %d: timeline %.1f ms, %d alerts %.1f ms, %d proposals %.1f ms, accept %.1f ms%n",
                    round, (t1 - t0) / 1e6, alerts.size(), (t2 - t1) / 1e6, proposals.size(), (t3 - t2) / 1e6,
                    (t4 - t3) / 1e6);
        }
    }

    private static Strategy large(int tacticCount, int stepsPerTactic, int keywordCount, int competitorCount, int dates) {
        CxStrategyFactory f = CxStrategyFactory.eINSTANCE;
        Strategy s = OptimiseSeeds.strategy();
        for (int t = 0; t < tacticCount; t++) {
            Tactic tactic = f.createTactic();
            tactic.setId("tactic-b" + t);
            tactic.setName("Tactic " + t);
            s.getTactics().add(tactic);
            for (int i = 0; i < stepsPerTactic; i++) {
                TacticStep step = f.createTacticStep();
                step.setId("tactic-step-b" + t + "-" + i);
                step.setName("Step " + i);
                step.setDueDate(LocalDate.of(2026, 7, 1).plusDays((t + i * 7) % 120).toString());
                step.setStatus(i % 3 == 0 ? WorkStatus.DONE : WorkStatus.PLANNED);
                tactic.getSteps().add(step);
            }
        }
        for (int c = 0; c < competitorCount; c++) {
            Competitor competitor = f.createCompetitor();
            competitor.setId("competitor-b" + c);
            competitor.setName("Competitor " + c);
            s.getCompetitors().add(competitor);
        }
        for (int k = 0; k < keywordCount; k++) {
            Keyword keyword = f.createKeyword();
            keyword.setId("keyword-b" + k);
            keyword.setTerm("term " + k);
            keyword.setRelevanceRank(10 + k);
            s.getKeywords().add(keyword);
            for (int d = 0; d < dates; d++) {
                String date = LocalDate.of(2026, 1, 5).plusWeeks(d * 3L).toString();
                for (int c = -1; c < competitorCount; c++) {
                    RankObservation o = f.createRankObservation();
                    o.setKeyword(keyword);
                    o.setCompetitor(c < 0 ? null : s.getCompetitors().get(s.getCompetitors().size() - competitorCount + c));
                    o.setDate(date);
                    o.setPosition(1 + Math.floorMod(k * 7 + c * 13 + d * 5, 30));
                    s.getRankObservations().add(o);
                }
            }
        }
        return s;
    }
}
