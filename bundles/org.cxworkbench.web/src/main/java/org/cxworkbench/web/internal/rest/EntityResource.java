package org.cxworkbench.web.internal.rest;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cxworkbench.api.entity.EntityEditor;
import org.cxworkbench.web.internal.http.ApiError;
import org.cxworkbench.web.internal.http.BodySchema;
import org.cxworkbench.web.internal.http.ApiRequest;
import org.cxworkbench.web.internal.http.ApiResource;
import org.cxworkbench.web.internal.http.ApiResponse;
import org.cxworkbench.web.internal.workspace.StrategyDocument;
import org.cxworkbench.web.internal.workspace.StrategyDocument.Versioned;
import org.cxworkbench.web.internal.workspace.Workspace;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.google.gson.JsonObject;

/**
 * Every element of the nine steps, through the same {@link EntityEditor} as {@code cxw NOUN ...}: the kinds
 * with their fields, and list, show, add, update, remove and move per kind. Writes name the version they are based
 * on and answer with the new version.
 */
@Component(service = ApiResource.class)
public final class EntityResource implements ApiResource {

    private final Workspace workspace;
    private final EntityEditor editor;

    @Activate
    public EntityResource(@Reference Workspace workspace, @Reference EntityEditor editor) {
        this.workspace = workspace;
        this.editor = editor;
    }

    @Override
    public List<Route> routes() {
        String base = "/strategies/{id}/entities/{noun}";
        return List.of(
                new Route("GET", "/kinds", "The kinds of elements with their fields, value types and choices",
                        request -> editor.kinds()),
                new Route("GET", base, "Every element of a kind", this::list),
                new Route("POST", base, "Adds an element (body {\"values\": {...}, \"parent\": {\"journey\": ID}})",
                        this::add).withBody(BodySchema.object()
                                .values("values", "field name (see GET /kinds) to value", true)
                                .textMap("parent", "parent option to the parent's id, e.g. {\"journey\": \"journey-1\"}; "
                                        + "none for the kind's top level", false)).withStatus(201),
                new Route("GET", base + "/{eid}", "One element", this::show),
                new Route("PATCH", base + "/{eid}", "Changes values (body {\"values\": {...}, \"clear\": [FIELD]})",
                        this::update).withBody(BodySchema.object()
                                .values("values", "field name to its new value; a list replaces the whole list", false)
                                .texts("clear", "fields to unset or empty", false)),
                new Route("DELETE", base + "/{eid}", "Removes an element", this::remove),
                new Route("POST", base + "/{eid}/move", "Moves an element under another parent and/or to another "
                        + "place among its siblings (body {\"parent\": {\"parent\": ID}} for a new parent, "
                        + "{\"parent\": {}} for the top level, no parent to keep it; \"position\": N, 1 for the first)",
                        this::move).withBody(BodySchema.object()
                                .textMap("parent", "the new parent by parent option, e.g. {\"tactic\": \"tactic-2\"}; {} for "
                                        + "the top level; none to keep the parent", false)
                                .integer("position", "the place among its siblings, 1 for the first", false)));
    }

    private Object list(ApiRequest request) throws Exception {
        String noun = request.path("noun");
        Versioned<List<Map<String, Object>>> read = document(request).read(s -> editor.list(s, noun));
        return answer(read.version(), "items", read.value());
    }

    private Object show(ApiRequest request) throws Exception {
        String noun = request.path("noun");
        String eid = request.path("eid");
        Versioned<Map<String, Object>> read = document(request).read(s -> editor.show(s, noun, eid));
        return answer(read.version(), "item", read.value());
    }

    private Object add(ApiRequest request) throws Exception {
        String noun = request.path("noun");
        JsonObject body = request.body();
        Map<String, List<String>> values = ChangeBody.values(body);
        Map<String, String> parent = ChangeBody.parent(body);
        Versioned<Map<String, Object>> written = document(request).write(request.basedOn(), request.user(),
                "added " + noun + describe(values), s -> editor.add(s, noun, parent, values));
        return ApiResponse.json(201, answer(written.version(), "item", written.value()));
    }

    private Object update(ApiRequest request) throws Exception {
        String noun = request.path("noun");
        String eid = request.path("eid");
        JsonObject body = request.body();
        Map<String, List<String>> values = ChangeBody.values(body);
        Set<String> cleared = ChangeBody.cleared(body, values);
        Set<String> fields = new LinkedHashSet<>(values.keySet());
        fields.addAll(cleared);
        Versioned<Map<String, Object>> written = document(request).write(request.basedOn(), request.user(),
                "updated " + noun + " " + eid + " (" + String.join(", ", fields) + ")",
                s -> editor.update(s, noun, eid, values, cleared));
        return answer(written.version(), "item", written.value());
    }

    private Object remove(ApiRequest request) throws Exception {
        String noun = request.path("noun");
        String eid = request.path("eid");
        Versioned<List<String>> written = document(request).write(request.basedOn(), request.user(),
                "removed " + noun + " " + eid, s -> editor.remove(s, noun, eid));
        Map<String, Object> answer = answer(written.version(), "removed", eid);
        answer.put("referencesCleared", written.value());
        return answer;
    }

    private Object move(ApiRequest request) throws Exception {
        String noun = request.path("noun");
        String eid = request.path("eid");
        JsonObject body = request.body();
        Map<String, String> parent = ChangeBody.destination(body);
        Integer position = ChangeBody.position(body);
        if (parent == null && position == null) {
            throw new ApiError(422, "Say where to move " + eid + ": a 'parent' ({} for the top level) and/or a "
                    + "'position'");
        }
        String where = (parent == null ? "" : parent.isEmpty() ? " to the top level"
                : " under " + String.join(", ", parent.values()))
                + (position == null ? "" : " to place " + position);
        Versioned<Map<String, Object>> written = document(request).write(request.basedOn(), request.user(),
                "moved " + noun + " " + eid + where, s -> editor.move(s, noun, eid, parent, position));
        return answer(written.version(), "item", written.value());
    }

    private StrategyDocument document(ApiRequest request) throws Exception {
        return workspace.document(request.path("id"));
    }

    private static Map<String, Object> answer(long version, String key, Object value) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("version", version);
        answer.put(key, value);
        return answer;
    }

    private static String describe(Map<String, List<String>> values) {
        List<String> name = values.getOrDefault("name", values.getOrDefault("title", List.of()));
        return name.isEmpty() ? "" : " '" + name.get(0) + "'";
    }
}
