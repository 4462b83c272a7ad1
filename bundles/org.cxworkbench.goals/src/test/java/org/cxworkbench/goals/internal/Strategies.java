package org.cxworkbench.goals.internal;

import org.cxworkbench.model.CxStrategyFactory;
import org.cxworkbench.model.Goal;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.KpiKind;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.SubjectKind;
import org.cxworkbench.model.TargetKind;

/**
 * Strategies from the source articles, built with the factory: "raise our NPS score by one full point this quarter"
 * with the sub-goal "reduce the time it takes a customer to resolve an issue by 20 % on average this quarter", and
 * churn (500 customers at the start of Q1, 450 at the end: 10 %).
 */
final class Strategies {

    static final CxStrategyFactory F = CxStrategyFactory.eINSTANCE;

    private Strategies() {
    }

    static Strategy empty() {
        Strategy s = F.createStrategy();
        s.setId("strategy-1");
        s.setName("Acme groceries CX strategy 2026");
        s.setCurrentPeriod("2026-Q3");
        s.getKpiDefinitions().add(kpi("NPS", KpiKind.NPS, "points", true));
        s.getKpiDefinitions().add(kpi("RESOLUTION_TIME", KpiKind.RESOLUTION_TIME, "hours", false));
        s.getKpiDefinitions().add(kpi("CHURN", KpiKind.CHURN, "%", false));
        return s;
    }

    /** The articles' two goals, with an objective: a complete step 1. */
    static Strategy example() {
        Strategy s = empty();
        s.getObjectives().add("Keep busy parents ordering groceries with us every week");
        Goal nps = goal("goal-1", "Raise NPS", kpi(s, "NPS"), 41, TargetKind.ABSOLUTE_CHANGE, 1);
        nps.setStatement("Raise our NPS score by one full point this quarter");
        s.getGoals().add(nps);
        Goal ttr = goal("goal-2", "Cut time to resolve", kpi(s, "RESOLUTION_TIME"), 30, TargetKind.RELATIVE_CHANGE, -20);
        ttr.setStatement("Reduce the time it takes a customer to resolve an issue by 20 % on average this quarter");
        nps.getChildren().add(ttr);
        return s;
    }

    static KpiDefinition kpi(String code, KpiKind kind, String unit, boolean higherIsBetter) {
        KpiDefinition k = F.createKpiDefinition();
        k.setId("kpi-" + code.toLowerCase());
        k.setCode(code);
        k.setName(code);
        k.setKind(kind);
        k.setUnit(unit);
        k.setHigherIsBetter(higherIsBetter);
        k.setVersion(1);
        return k;
    }

    static KpiDefinition kpi(Strategy s, String code) {
        return s.getKpiDefinitions().stream().filter(k -> k.getCode().equals(code)).findFirst().orElseThrow();
    }

    static Goal goal(String id, String name, KpiDefinition kpi, double baseline, TargetKind kind, double change) {
        Goal g = F.createGoal();
        g.setId(id);
        g.setName(name);
        g.setKpi(kpi);
        g.setSubjectKind(SubjectKind.KPI);
        g.setBaseline(baseline);
        g.setBaselinePeriod("2026-Q2");
        g.setTargetKind(kind);
        g.setTargetChange(change);
        g.setPeriod("2026-Q3");
        return g;
    }
}
