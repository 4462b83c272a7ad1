package org.cxworkbench.web.internal.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cxworkbench.api.rules.StepStatus;
import org.cxworkbench.api.rules.WorkflowReport;
import org.cxworkbench.api.rules.WorkflowService;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.web.internal.http.ApiError;
import org.cxworkbench.web.internal.http.BodySchema;
import org.cxworkbench.web.internal.http.ApiRequest;
import org.cxworkbench.web.internal.http.ApiResource;
import org.cxworkbench.web.internal.http.ApiResponse;
import org.cxworkbench.web.internal.workspace.StrategyDocument;
import org.cxworkbench.web.internal.workspace.Workspace;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The strategies of the workspace: list, create, open (name, version, the nine steps with status and the
 * next action) and the history of changes.
 */
@Component(service = ApiResource.class)
public final class StrategyResource implements ApiResource {

    private final Workspace workspace;
    private final WorkflowService workflow;

    @Activate
    public StrategyResource(@Reference Workspace workspace, @Reference WorkflowService workflow) {
        this.workspace = workspace;
        this.workflow = workflow;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                new Route("GET", "/strategies", "The strategy files of the workspace", this::list),
                new Route("POST", "/strategies", "Creates a strategy (body {\"id\": \"acme\", \"name\": \"Acme CX\"})",
                        this::create).withBody(BodySchema.object()
                                .text("id", "the file name without .cxs: letters, digits and dashes", true)
                                .text("name", "the strategy's name (default: the id)", false)).withStatus(201),
                new Route("GET", "/strategies/{id}", "A strategy: name, version, organisation, objectives", this::get),
                new Route("GET", "/strategies/{id}/status", "The nine steps: status, what is missing, next action",
                        this::status),
                new Route("GET", "/strategies/{id}/changes", "Changes since ?since=VERSION (who, when, what)",
                        this::changes));
    }

    private Object list(ApiRequest request) throws Exception {
        List<Map<String, Object>> list = new ArrayList<>();
        for (String id : workspace.ids()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", id);
            try {
                StrategyDocument document = workspace.document(id);
                var read = document.read(Strategy::getName);
                entry.put("name", read.value());
                entry.put("version", read.version());
            } catch (Exception e) {
                entry.put("error", e.getMessage());
            }
            list.add(entry);
        }
        return list;
    }

    private Object create(ApiRequest request) throws Exception {
        var body = request.body();
        String id = text(body, "id");
        String name = body.has("name") && !body.get("name").getAsString().isBlank() ? body.get("name").getAsString().strip() : id;
        StrategyDocument document = workspace.create(id, name);
        return ApiResponse.json(201, summary(document)).header("Location", "/api/strategies/" + id);
    }

    private Object get(ApiRequest request) throws Exception {
        return summary(workspace.document(request.path("id")));
    }

    /**
     * The status of a strategy version is evaluated once and kept for a few seconds: every page asks for it,
     * and the rules also depend on today's date and on the installed plugins, hence the short time.
     */
    private record CachedStatus(long version, long evaluatedAt, WorkflowReport report) {
    }

    private static final long STATUS_KEPT_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(5);

    private final Map<StrategyDocument, CachedStatus> statuses = new java.util.concurrent.ConcurrentHashMap<>();

    private Object status(ApiRequest request) throws Exception {
        StrategyDocument document = workspace.document(request.path("id"));
        CachedStatus cached = statuses.get(document);
        if (cached == null || cached.version() != document.version()
                || System.nanoTime() - cached.evaluatedAt() > STATUS_KEPT_NANOS) {
            var read = document.read(workflow::evaluate);
            cached = new CachedStatus(read.version(), System.nanoTime(), read.value());
            statuses.put(document, cached);
        }
        return statusAnswer(cached.version(), cached.report());
    }

    private static Map<String, Object> statusAnswer(long version, WorkflowReport report) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("version", version);
        List<Map<String, Object>> steps = new ArrayList<>();
        for (StepStatus step : report.steps()) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("number", step.step().number());
            map.put("title", step.step().title());
            map.put("complete", step.complete());
            map.put("missing", step.missing());
            // the page says what is missing in words; the cxw command that fixes it is for scripts
            map.put("nextAction", step.missing().isEmpty() ? null : step.missing().get(0));
            map.put("nextCommand", step.nextAction());
            map.put("findings", step.findings().stream().map(f -> Map.of("severity", f.severity().name(),
                    "message", f.message(), "elementId", String.valueOf(f.elementId()),
                    "action", f.action() == null ? "" : f.action())).toList());
            steps.add(map);
        }
        answer.put("steps", steps);
        answer.put("failures", report.failures());
        return answer;
    }

    private Object changes(ApiRequest request) throws Exception {
        StrategyDocument document = workspace.document(request.path("id"));
        long since = request.query("since").map(Long::parseLong).orElse(0L);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("version", document.version());
        answer.put("changes", document.changesSince(since));
        return answer;
    }

    private static Map<String, Object> summary(StrategyDocument document) throws Exception {
        var read = document.read(strategy -> {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("id", document.id());
            map.put("name", strategy.getName());
            map.put("file", document.file().getFileName().toString());
            map.put("currentPeriod", strategy.getCurrentPeriod());
            map.put("objectives", new ArrayList<>(strategy.getObjectives()));
            return map;
        });
        read.value().put("version", read.version());
        return read.value();
    }

    static String text(com.google.gson.JsonObject body, String field) throws ApiError {
        if (!body.has(field) || body.get(field).isJsonNull() || body.get(field).getAsString().isBlank()) {
            throw ApiError.badRequest("'" + field + "' is required");
        }
        return body.get(field).getAsString().strip();
    }
}
