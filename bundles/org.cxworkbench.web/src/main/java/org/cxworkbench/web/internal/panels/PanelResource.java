package org.cxworkbench.web.internal.panels;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.cxworkbench.api.failure.PluginFailureLog;
import org.cxworkbench.api.web.WebPanel;
import org.cxworkbench.measure.api.Periods;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.web.internal.http.ApiError;
import org.cxworkbench.web.internal.http.ApiRequest;
import org.cxworkbench.web.internal.http.ApiResource;
import org.cxworkbench.web.internal.workspace.Workspace;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * {@code GET /api/strategies/{id}/panels?placement=dashboard|step-N&period=&lang=}: the {@link WebPanel}s plugins
 * contribute to a page, rendered for the strategy and period within {@value #TIME_LIMIT_SECONDS} s each; a
 * failing or slow panel becomes a notice naming it and its bundle.
 */
@Component(service = ApiResource.class)
public final class PanelResource implements ApiResource {

    /** Seconds a panel may take. */
    static final int TIME_LIMIT_SECONDS = 5;

    private static final Pattern PLACEMENT = Pattern.compile("dashboard|step-[1-9]");

    private final Workspace workspace;
    private final PanelRunner runner;
    private final Map<ServiceReference<WebPanel>, PanelRunner.Entry> panels = new ConcurrentHashMap<>();

    @Activate
    public PanelResource(@Reference Workspace workspace) {
        this(workspace, new PanelRunner(Duration.ofSeconds(TIME_LIMIT_SECONDS)));
    }

    PanelResource(Workspace workspace, PanelRunner runner) {
        this.workspace = workspace;
        this.runner = runner;
    }

    @Deactivate
    void deactivate() {
        runner.close();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addPanel(WebPanel panel, ServiceReference<WebPanel> reference) {
        Object id = reference.getProperty(WebPanel.ID);
        Object title = reference.getProperty(WebPanel.TITLE);
        Object placement = reference.getProperty(WebPanel.PLACEMENT);
        String panelId = id == null ? "panel-" + reference.getProperty("service.id") : id.toString();
        panels.put(reference, new PanelRunner.Entry(panelId, title == null ? panelId : title.toString(),
                placement == null ? "" : placement.toString(), reference.getBundle().getSymbolicName(), panel));
    }

    void removePanel(WebPanel panel, ServiceReference<WebPanel> reference) {
        panels.remove(reference);
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route("GET", "/strategies/{id}/panels", "Plugin panels of a page (?placement=dashboard or "
                + "step-1..step-9, ?period=, ?lang=): blocks with a kind (heading, paragraph, bulletList, keyFigures, "
                + "table, chart, notice); a failing or slow panel becomes a notice", this::get));
    }

    /** The panels of a placement (tests). */
    List<PanelRunner.Entry> entries(String placement) {
        return panels.values().stream().filter(e -> e.placement().equals(placement)).toList();
    }

    private Object get(ApiRequest request) throws Exception {
        String placement = request.query("placement").orElse(WebPanel.DASHBOARD);
        if (!PLACEMENT.matcher(placement).matches()) {
            throw new ApiError(422, "'placement': '" + placement + "' is not a page; use dashboard or step-1 to step-9");
        }
        String asked = request.query("period").orElse(null);
        if (asked != null && !Periods.isValid(asked)) {
            throw new ApiError(422, "'period': '" + asked + "' is not a period; write a quarter like 2026-Q3 or a month "
                    + "like 2026-09");
        }
        Locale asLanguage = Locale.forLanguageTag(request.query("lang").orElse("en"));
        Locale locale = asLanguage.getLanguage().isEmpty() ? Locale.ENGLISH : asLanguage;
        List<PanelRunner.Entry> entries = entries(placement);
        var read = workspace.document(request.path("id")).read(strategy -> {
            String period = asked != null ? asked : currentPeriod(strategy);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("placement", placement);
            answer.put("period", period);
            answer.put("panels", entries.isEmpty() || period == null ? List.of()
                    : runner.render(entries, new PanelContext(strategy, period, locale)));
            return answer;
        });
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("version", read.version());
        answer.putAll(read.value());
        recordFailures(answer);
        return answer;
    }

    /** Where failing panels are recorded, so that 'cxw plugins' shows them; optional. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile PluginFailureLog failures;

    @SuppressWarnings("unchecked")
    private void recordFailures(Map<String, Object> answer) {
        PluginFailureLog log = failures;
        if (log == null) {
            return;
        }
        for (Map<String, Object> panel : (List<Map<String, Object>>) answer.getOrDefault("panels", List.of())) {
            if ("failed".equals(panel.get("status"))) {
                log.record(String.valueOf(panel.get("bundle")), PluginFailureLog.WEB_PANEL,
                        String.valueOf(panel.get("id")), String.valueOf(panel.get("error")));
            }
        }
    }

    private static String currentPeriod(Strategy strategy) {
        String current = strategy.getCurrentPeriod();
        return current != null && Periods.isValid(current) ? current : null;
    }
}
