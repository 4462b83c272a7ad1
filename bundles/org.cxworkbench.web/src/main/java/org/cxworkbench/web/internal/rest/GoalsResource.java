package org.cxworkbench.web.internal.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.cxworkbench.api.entity.EntityEditor;
import org.cxworkbench.api.entity.EntityException;
import org.cxworkbench.api.goals.GoalProgress;
import org.cxworkbench.api.goals.GoalTracker;
import org.cxworkbench.api.goals.SmartResult;
import org.cxworkbench.model.Goal;
import org.cxworkbench.model.Identified;
import org.cxworkbench.model.Named;
import org.cxworkbench.model.Organisation;
import org.cxworkbench.model.SmartCriterion;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.web.internal.http.ApiError;
import org.cxworkbench.web.internal.http.BodySchema;
import org.cxworkbench.web.internal.http.ApiRequest;
import org.cxworkbench.web.internal.http.ApiResource;
import org.cxworkbench.web.internal.workspace.StrategyDocument;
import org.cxworkbench.web.internal.workspace.Workspace;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.google.gson.JsonObject;

/**
 * The goals of step 1 for the browser:
 * <ul>
 * <li>{@code GET /strategies/{id}/goals?period=}: the goal tree, each goal with its values, its SMART check
 * letter by letter and its progress as of the period (default: the strategy's current period), with the strategy's
 * name, current period, objectives and organisation;</li>
 * <li>{@code POST /strategies/{id}/goals/smart-preview}: the SMART check of a goal as the user types it, without
 * saving: the values are applied to a copy of the strategy (a new goal, or a change of an existing one), the copy
 * is checked and thrown away.</li>
 * </ul>
 */
@Component(service = ApiResource.class)
public final class GoalsResource implements ApiResource {

    static final String NOUN = "goal";

    /** A name a preview gives a new goal that has none yet, so that the other letters can be checked. */
    static final String PREVIEW_NAME = "(goal being written)";

    private static final Pattern PERIOD = Pattern.compile("\\d{4}-(Q[1-4]|0[1-9]|1[0-2])");

    private final Workspace workspace;
    private final EntityEditor editor;
    private final GoalTracker tracker;

    @Activate
    public GoalsResource(@Reference Workspace workspace, @Reference EntityEditor editor,
            @Reference GoalTracker tracker) {
        this.workspace = workspace;
        this.editor = editor;
        this.tracker = tracker;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                new Route("GET", "/strategies/{id}/goals", "The goal tree with each goal's SMART check and progress "
                        + "(?period=2026-Q3; default the current period)", this::goals),
                new Route("POST", "/strategies/{id}/goals/smart-preview", "The SMART check of a goal with these "
                        + "values, not saved (body {\"values\": {...}, \"parent\": {\"parent\": GOAL_ID}, \"goal\": ID "
                        + "to preview a change of an existing goal, \"clear\": [FIELD]})", this::preview)
                        .withBody(BodySchema.object()
                                .values("values", "the goal's fields as the goal form has them", false)
                                .textMap("parent", "{\"parent\": GOAL_ID} for a sub-goal", false)
                                .text("goal", "the id of an existing goal whose change is previewed", false)
                                .texts("clear", "fields the change clears", false)));
    }

    private Object goals(ApiRequest request) throws Exception {
        String period = request.query("period").orElse(null);
        return goals(workspace.document(request.path("id")), period);
    }

    private Object preview(ApiRequest request) throws Exception {
        return preview(workspace.document(request.path("id")), request.body());
    }

    /** The goal tree of a document as of {@code period} (null: the strategy's current period). */
    Map<String, Object> goals(StrategyDocument document, String period) throws Exception {
        if (period != null && !PERIOD.matcher(period).matches()) {
            throw ApiError.badRequest("period '" + period + "' is not a period like 2026-Q3 or 2026-09");
        }
        var read = document.read(strategy -> {
            String asOf = period != null ? period : strategy.getCurrentPeriod();
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("period", asOf);
            answer.put("strategy", strategy(strategy));
            answer.put("objectives", new ArrayList<>(strategy.getObjectives()));
            List<Map<String, Object>> tree = new ArrayList<>();
            for (Goal goal : strategy.getGoals()) {
                tree.add(node(strategy, goal, asOf, 0));
            }
            answer.put("goals", tree);
            return answer;
        });
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("version", read.version());
        answer.putAll(read.value());
        return answer;
    }

    /** What step 1 shows of the strategy itself: name, current period, budget and the organisation. */
    private static Map<String, Object> strategy(Strategy strategy) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", strategy.getName());
        map.put("description", strategy.getDescription());
        map.put("currentPeriod", strategy.getCurrentPeriod());
        map.put("budget", strategy.isSetBudget() ? strategy.getBudget() : null);
        map.put("currency", strategy.getCurrency());
        Organisation organisation = strategy.getOrganisation();
        Map<String, Object> org = new LinkedHashMap<>();
        if (organisation != null) {
            org.put("name", organisation.getName());
            org.put("description", organisation.getDescription());
            org.put("industry", organisation.getIndustry());
            org.put("businessModel", organisation.getBusinessModel());
            org.put("brandVoice", organisation.getBrandVoice());
            org.put("idealBrandPerception", organisation.getIdealBrandPerception());
            org.put("valueProposition", organisation.getValueProposition());
        }
        map.put("organisation", org);
        return map;
    }

    private Map<String, Object> node(Strategy strategy, Goal goal, String period, int depth) throws EntityException {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", goal.getId());
        node.put("depth", depth);
        Map<String, Object> values = new LinkedHashMap<>(editor.show(strategy, NOUN, goal.getId()));
        values.remove("children");
        values.remove("smartChecks");
        node.put("values", values);
        node.put("kpi", goal.getKpi() == null ? null : ref(goal.getKpi(), goal.getKpi().getCode()));
        node.put("owner", goal.getOwner() == null ? null : ref(goal.getOwner(), goal.getOwner().getName()));
        node.put("savedStatus", goal.getStatus().getName());
        List<SmartResult> smart = tracker.smartCheck(goal);
        node.put("smart", letters(smart));
        node.put("smartPassed", smart.stream().allMatch(SmartResult::passed));
        node.put("progress", progress(tracker.progress(goal, period)));
        List<Map<String, Object>> children = new ArrayList<>();
        for (Goal child : goal.getChildren()) {
            children.add(node(strategy, child, period, depth + 1));
        }
        node.put("children", children);
        return node;
    }

    /**
     * The SMART check of the goal the body describes, on a copy of the strategy that is thrown away. A value the
     * editor refuses is not an error of the request: the answer says what is wrong ({@code refused}) and has no
     * letters.
     */
    Map<String, Object> preview(StrategyDocument document, JsonObject body) throws Exception {
        Map<String, List<String>> values = ChangeBody.values(body);
        Map<String, String> parent = ChangeBody.parent(body);
        String existing = body.has("goal") && !body.get("goal").isJsonNull() ? body.get("goal").getAsString().strip() : "";
        Set<String> cleared = ChangeBody.cleared(body, values);
        var read = document.read(EcoreUtil::copy);
        Strategy copy = read.value();
        Map<String, Object> answer = new LinkedHashMap<>();
        // not "version": a preview is no write, so the client must not take it as the version its writes are based on
        answer.put("checkedVersion", read.version());
        Goal goal;
        try {
            String id;
            if (existing.isEmpty()) {
                values.computeIfAbsent("name", k -> List.of(PREVIEW_NAME));
                id = String.valueOf(editor.add(copy, NOUN, parent, values).get("id"));
            } else {
                id = String.valueOf(editor.update(copy, NOUN, existing, values, cleared).get("id"));
            }
            goal = find(copy, id);
        } catch (EntityException e) {
            if (e.reason() == EntityException.Reason.INVALID) {
                answer.put("refused", e.getMessage());
                answer.put("smart", List.of());
                answer.put("smartPassed", false);
                return answer;
            }
            throw e;
        }
        List<SmartResult> smart = tracker.smartCheck(goal);
        answer.put("refused", null);
        answer.put("smart", letters(smart));
        answer.put("smartPassed", smart.stream().allMatch(SmartResult::passed));
        return answer;
    }

    private static Goal find(Strategy strategy, String id) throws ApiError {
        for (var it = strategy.eAllContents(); it.hasNext();) {
            EObject next = it.next();
            if (next instanceof Goal goal && id.equals(goal.getId())) {
                return goal;
            }
        }
        throw new ApiError(500, "The goal " + id + " was not found in the preview copy");
    }

    static List<Map<String, Object>> letters(List<SmartResult> results) {
        List<Map<String, Object>> letters = new ArrayList<>();
        for (SmartResult result : results) {
            Map<String, Object> letter = new LinkedHashMap<>();
            letter.put("letter", letter(result.criterion()));
            letter.put("criterion", result.criterion().getName());
            letter.put("label", label(result.criterion()));
            letter.put("passed", result.passed());
            letter.put("reason", result.reason());
            letters.add(letter);
        }
        return letters;
    }

    static String letter(SmartCriterion criterion) {
        return switch (criterion) {
            case SPECIFIC -> "S";
            case MEASURABLE -> "M";
            case ACHIEVABLE -> "A";
            case RELEVANT -> "R";
            case TIME_BOUND -> "T";
        };
    }

    private static String label(SmartCriterion criterion) {
        return switch (criterion) {
            case SPECIFIC -> "Specific";
            case MEASURABLE -> "Measurable";
            case ACHIEVABLE -> "Achievable";
            case RELEVANT -> "Relevant";
            case TIME_BOUND -> "Time-bound";
        };
    }

    private static Map<String, Object> progress(GoalProgress progress) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("baseline", finite(progress.baseline()));
        map.put("target", finite(progress.target()));
        map.put("measured", finite(progress.measured()));
        map.put("measuredPeriod", progress.measuredPeriod());
        map.put("progress", finite(progress.progress()));
        map.put("status", progress.status() == null ? null : progress.status().getName());
        map.put("explanation", progress.explanation());
        return map;
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private static Map<String, String> ref(Identified element, String label) {
        Map<String, String> ref = new LinkedHashMap<>();
        ref.put("id", element.getId());
        ref.put("label", label != null ? label : element instanceof Named named ? named.getName() : element.getId());
        return ref;
    }
}
