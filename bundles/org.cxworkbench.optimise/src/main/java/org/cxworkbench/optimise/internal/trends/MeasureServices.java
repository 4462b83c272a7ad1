package org.cxworkbench.optimise.internal.trends;

import java.util.List;

import org.cxworkbench.api.goals.GoalTracker;
import org.cxworkbench.api.kpi.KpiService;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.plan.api.ReportingPeriod;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The KPI and goal services the optimise step reads when they are installed (both are optional, so the
 * alerts, the command and the report section work without measurements). One component holds them for the
 * three that need them.
 */
@Component(service = MeasureServices.class)
public final class MeasureServices {

    private volatile KpiService kpis;
    private volatile GoalTracker goals;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void setKpiService(KpiService service) {
        this.kpis = service;
    }

    public void unsetKpiService(KpiService service) {
        if (kpis == service) {
            kpis = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void setGoalTracker(GoalTracker tracker) {
        this.goals = tracker;
    }

    public void unsetGoalTracker(GoalTracker tracker) {
        if (goals == tracker) {
            goals = null;
        }
    }

    /** The KPI service, or {@code null} when none is installed. */
    public KpiService kpis() {
        return kpis;
    }

    /** The goal tracker, or {@code null} when none is installed. */
    public GoalTracker goals() {
        return goals;
    }

    /** Each goal's gap and trend in {@code period}, or {@code null} when no goal tracker is installed. */
    public List<GoalTrend> goalTrends(Strategy strategy, ReportingPeriod period) {
        GoalTracker tracker = goals;
        return tracker == null ? null : GoalTrends.of(strategy, period, tracker, kpis);
    }
}
