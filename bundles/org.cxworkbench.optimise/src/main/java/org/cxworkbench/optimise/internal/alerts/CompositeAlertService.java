package org.cxworkbench.optimise.internal.alerts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.cxworkbench.api.goals.GoalTracker;
import org.cxworkbench.api.kpi.KpiService;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.optimise.api.Alert;
import org.cxworkbench.optimise.api.AlertService;
import org.cxworkbench.plan.api.ImplementationPlan;
import org.cxworkbench.plan.api.ReportingPeriod;
import org.cxworkbench.optimise.internal.trends.MeasureServices;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The {@link AlertService}: KPI alerts need a {@link KpiService} and goal alerts use a {@link GoalTracker}
 * when one is installed; both may come and go at any time. Without a KPI service no KPI alerts are raised;
 * without a goal tracker the goal status stored in the file is used.
 */
@Component(service = AlertService.class)
public final class CompositeAlertService implements AlertService {

    private static final Comparator<Alert> ORDER = Comparator.comparing(Alert::severity)
            .thenComparing(Alert::kind).thenComparing(Alert::subjectId);

    private final ImplementationPlan plan;
    private final MeasureServices measures;

    @Activate
    public CompositeAlertService(@Reference ImplementationPlan plan, @Reference MeasureServices measures) {
        this.plan = plan;
        this.measures = measures;
    }

    @Override
    public List<Alert> alerts(Strategy strategy, String period) {
        ReportingPeriod reportingPeriod = ReportingPeriod.parse(period);
        List<AlertSource> sources = new ArrayList<>();
        KpiService kpiService = measures.kpis();
        if (kpiService != null) {
            sources.add(new KpiWorseningAlerts(kpiService));
        }
        sources.add(new GoalAlerts(measures.goals()));
        sources.add(new OverdueAlerts(plan));
        sources.add(new RankAlerts());
        List<Alert> alerts = new ArrayList<>();
        for (AlertSource source : sources) {
            alerts.addAll(source.alerts(strategy, reportingPeriod));
        }
        alerts.sort(ORDER);
        return alerts;
    }
}
