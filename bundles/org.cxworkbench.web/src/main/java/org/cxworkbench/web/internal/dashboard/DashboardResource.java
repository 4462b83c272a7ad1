package org.cxworkbench.web.internal.dashboard;

import java.util.List;
import java.util.Map;

import org.cxworkbench.api.goals.GoalTracker;
import org.cxworkbench.api.kpi.KpiService;
import org.cxworkbench.web.internal.http.ApiRequest;
import org.cxworkbench.web.internal.http.ApiResource;
import org.cxworkbench.web.internal.workspace.Workspace;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code GET /api/strategies/{id}/dashboard?period=2026-Q3&by=touchpoint}: the KPI dashboard. */
@Component(service = ApiResource.class)
public final class DashboardResource implements ApiResource {

    private final Workspace workspace;
    private final Dashboard dashboard;

    @Activate
    public DashboardResource(@Reference Workspace workspace, @Reference KpiService kpis, @Reference GoalTracker goals) {
        this.workspace = workspace;
        this.dashboard = new Dashboard(kpis, goals);
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route("GET", "/strategies/{id}/dashboard", "The KPI dashboard of ?period= (default: the "
                + "current period): scorecard, trends over 8 periods, NPS distribution, segment comparison ?by= "
                + "(default touchpoint), goal progress", this::get));
    }

    private Object get(ApiRequest request) throws Exception {
        String period = request.query("period").orElse(null);
        String by = request.query("by").orElse(null);
        var read = workspace.document(request.path("id")).read(strategy -> dashboard.build(strategy, period, by));
        Map<String, Object> answer = new java.util.LinkedHashMap<>();
        answer.put("version", read.version());
        answer.putAll(read.value());
        return answer;
    }
}
