package org.cxworkbench.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cxworkbench.api.goals.GoalProgress;
import org.cxworkbench.api.goals.GoalTracker;
import org.cxworkbench.api.goals.SmartResult;
import org.cxworkbench.api.kpi.KpiResult;
import org.cxworkbench.api.kpi.KpiService;
import org.cxworkbench.api.rules.StepStatus;
import org.cxworkbench.api.rules.WorkflowReport;
import org.cxworkbench.api.rules.WorkflowService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.CxStrategyFactory;
import org.cxworkbench.model.Goal;
import org.cxworkbench.model.GoalStatus;
import org.cxworkbench.model.ImportKind;
import org.cxworkbench.model.ImportRecord;
import org.cxworkbench.model.ImportReject;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.KpiKind;
import org.cxworkbench.model.OptimisationReview;
import org.cxworkbench.model.Organisation;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.TargetKind;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;

/** The grocery example of the source articles, built in code. */
final class Fixtures {

    static final CxStrategyFactory F = CxStrategyFactory.eINSTANCE;

    private Fixtures() {
    }

    /** Acme Groceries in 2026-Q3, held in a resource named acme.cxs. */
    static Strategy strategy() {
        Strategy s = F.createStrategy();
        s.setName("Acme CX strategy");
        s.setCurrentPeriod("2026-Q3");
        Organisation org = F.createOrganisation();
        org.setName("Acme Groceries");
        s.setOrganisation(org);

        KpiDefinition nps = F.createKpiDefinition();
        nps.setId("kpi-nps");
        nps.setCode("NPS");
        nps.setName("Net Promoter Score");
        nps.setKind(KpiKind.NPS);
        nps.setVersion(1);
        nps.setQuestion("How likely are you to recommend Acme Groceries to a friend?");
        nps.setScaleMin(0);
        nps.setScaleMax(10);
        nps.setPromoterMin(9);
        nps.setDetractorMax(6);
        nps.setFormula("(promoters - detractors) / responses * 100");
        nps.setUnit("points");
        nps.setHigherIsBetter(true);
        KpiDefinition ttr = F.createKpiDefinition();
        ttr.setId("kpi-ttr");
        ttr.setCode("TTR");
        ttr.setName("Time to resolve an issue");
        ttr.setKind(KpiKind.RESOLUTION_TIME);
        ttr.setVersion(2);
        ttr.setFormula("median hours from opened to resolved");
        ttr.setUnit("hours");
        ttr.setHigherIsBetter(false);
        s.getKpiDefinitions().add(nps);
        s.getKpiDefinitions().add(ttr);

        Goal raise = F.createGoal();
        raise.setId("goal-1");
        raise.setName("Raise NPS by one full point this quarter");
        raise.setKpi(nps);
        raise.setBaseline(42);
        raise.setTargetKind(TargetKind.ABSOLUTE_CHANGE);
        raise.setTargetChange(1);
        raise.setPeriod("2026-Q3");
        raise.setStatus(GoalStatus.ON_TRACK);
        Goal cut = F.createGoal();
        cut.setId("goal-2");
        cut.setName("Cut the time to resolve an issue by 20 % this quarter");
        cut.setKpi(ttr);
        cut.setBaseline(10);
        cut.setTargetKind(TargetKind.RELATIVE_CHANGE);
        cut.setTargetChange(-20);
        cut.setPeriod("2026-Q3");
        cut.setStatus(GoalStatus.OFF_TRACK);
        s.getGoals().add(raise);
        s.getGoals().add(cut);

        ImportRecord survey = F.createImportRecord();
        survey.setId("import-1");
        survey.setKind(ImportKind.SURVEY);
        survey.setFileName("nps-2026-q3.csv");
        survey.setChecksum("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        survey.setImportedAt("2026-10-02T09:15:00Z");
        survey.setRowsRead(1200);
        survey.setRowsAccepted(1187);
        survey.setRowsRejected(13);
        survey.setDuplicates(4);
        for (int i = 0; i < 13; i++) {
            ImportReject reject = F.createImportReject();
            reject.setLine(10 + i);
            reject.setResponseId("r-" + i);
            reject.setColumn("score");
            reject.setReason(i == 0 ? "=cmd|' /C calc'!A0 is not a score from 0 to 10" : "11 is not a score from 0 to 10");
            survey.getRejects().add(reject);
        }
        s.getImports().add(survey);

        OptimisationReview review = F.createOptimisationReview();
        review.setPeriod("2026-Q3");
        review.setDate("2026-09-28");
        review.getParticipants().add("Ana (CX lead)");
        review.getParticipants().add("Ben (support)");
        review.getDecisions().add("Launch the chatbot: find, implement, test, launch by November");
        review.getDecisions().add("Show the recipe pop-up before checkout to every busy parent ordering on mobile early in the week");
        s.getReviews().add(review);

        ResourceImpl resource = new ResourceImpl(URI.createFileURI("/tmp/cxw/acme.cxs"));
        resource.getContents().add(s);
        return s;
    }

    /** Steps 1, 2 and 5 to 9 complete; 3 and 4 not. */
    static WorkflowService workflow() {
        return strategy -> {
            List<StepStatus> steps = new ArrayList<>();
            for (WorkflowStep step : WorkflowStep.values()) {
                boolean complete = step != WorkflowStep.COMPETITORS && step != WorkflowStep.RESEARCH;
                steps.add(new StepStatus(step, complete,
                        complete ? List.of() : List.of("no competitor with keywords"),
                        complete ? null : "cxw competitor add FILE --name NAME", List.of()));
            }
            return new WorkflowReport(steps, List.of());
        };
    }

    /** NPS 42 -> 43, time to resolve 10 h -> 11 h (worse). */
    static KpiService kpis() {
        Map<String, Double> values = Map.of("NPS:2026-Q2", 42.0, "NPS:2026-Q3", 43.0, "TTR:2026-Q2", 10.0,
                "TTR:2026-Q3", 11.0, "NPS:2026-Q1", 41.0);
        return new KpiService() {
            @Override
            public List<String> periods(Strategy strategy) {
                return List.of("2026-Q1", "2026-Q2", "2026-Q3");
            }

            @Override
            public List<KpiResult> compute(Strategy strategy, String period, String segmentDimension) {
                return List.of();
            }

            @Override
            public Optional<KpiResult> value(Strategy strategy, KpiDefinition definition, String period,
                    String segmentKey) {
                Double v = values.get(definition.getCode() + ":" + period);
                return v == null ? Optional.empty()
                        : Optional.of(new KpiResult(definition.getCode(), definition.getName(), definition.getVersion(),
                                period, segmentKey, v, definition.getUnit(), 100, Map.of(), List.of()));
            }
        };
    }

    /** Reports each goal's stored status, with the target computed like the goals bundle does. */
    static GoalTracker goals() {
        return new GoalTracker() {
            @Override
            public List<SmartResult> smartCheck(Goal goal) {
                return List.of();
            }

            @Override
            public GoalProgress progress(Goal goal, String period) {
                double target = goal.getTargetKind() == TargetKind.RELATIVE_CHANGE
                        ? goal.getBaseline() * (1 + goal.getTargetChange() / 100) : goal.getBaseline() + goal.getTargetChange();
                return new GoalProgress(goal.getId(), goal.getKpi().getCode(), goal.getBaseline(), target, Double.NaN,
                        period, Double.NaN, goal.getStatus(), "Measured in " + period + ".");
            }
        };
    }
}
