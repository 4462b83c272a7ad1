package org.cxworkbench.web.internal.openapi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cxworkbench.web.internal.http.AccessGuard;
import org.cxworkbench.web.internal.http.ApiRequest;
import org.cxworkbench.web.internal.http.ApiResource.Route;

/**
 * An OpenAPI 3.0 description of the REST API made from the registered routes (method, path with its
 * parameters, summary; query parameters where the summary names them as {@code ?name=}), with what every route
 * shares: the error answer, the 409 answer of stale writes, the
 * CSRF and version headers of writes, and the access token.
 */
public final class OpenApiDocument {

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}/]+)}");
    /** Query parameters named in a summary: {@code ?period=} or {@code ?name=FILE.csv}. */
    private static final Pattern QUERY = Pattern.compile("\\?([a-z][A-Za-z]*)=");
    private static final List<String> METHOD_ORDER = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private OpenApiDocument() {
    }

    /** The document for these routes. */
    public static Map<String, Object> of(List<Route> routes) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("openapi", "3.0.3");
        document.put("info", map("title", "CX Workbench REST API", "version", "1.0.0", "description",
                "The JSON API of cxw serve, over the same services as the cxw commands. Every answer about a strategy "
                        + "carries its version; every write (POST, PUT, PATCH, DELETE) needs the header "
                        + AccessGuard.CSRF_HEADER + " with the csrfToken of GET /session and the header "
                        + ApiRequest.VERSION_HEADER + " with the version it is based on (409 if it is stale). "
                        + "Errors are {\"error\": MESSAGE, \"status\": N}. See docs/web-api.md."));
        document.put("servers", List.of(map("url", "/api")));
        document.put("components", components());
        document.put("security", List.of(map(), map("bearer", List.of()), map("cookie", List.of())));
        Map<String, Map<String, Object>> paths = new TreeMap<>();
        List<Route> sorted = new ArrayList<>(routes);
        sorted.sort(Comparator.comparing(Route::path).thenComparing(r -> METHOD_ORDER.indexOf(r.method())));
        for (Route route : sorted) {
            paths.computeIfAbsent(route.path(), p -> new LinkedHashMap<>())
                    .put(route.method().toLowerCase(Locale.ROOT), operation(route));
        }
        document.put("paths", paths);
        return document;
    }

    private static Map<String, Object> operation(Route route) {
        Map<String, Object> operation = new LinkedHashMap<>();
        operation.put("operationId", operationId(route));
        operation.put("summary", route.summary());
        operation.put("tags", List.of(tag(route.path())));
        List<Object> parameters = new ArrayList<>();
        Matcher m = PARAMETER.matcher(route.path());
        while (m.find()) {
            parameters.add(map("name", m.group(1), "in", "path", "required", true, "schema", map("type", "string")));
        }
        java.util.Set<String> query = new java.util.LinkedHashSet<>();
        Matcher q = QUERY.matcher(route.summary());
        while (q.find()) {
            query.add(q.group(1));
        }
        for (String name : query) {
            parameters.add(map("name", name, "in", "query", "required", false, "schema", map("type", "string")));
        }
        boolean write = WRITES.contains(route.method());
        if (write) {
            parameters.add(map("$ref", "#/components/parameters/csrf"));
            parameters.add(map("$ref", "#/components/parameters/version"));
        }
        operation.put("parameters", parameters);
        if (route.body() != null) {
            operation.put("requestBody", map("required", true, "content",
                    map(route.body().mediaType(), map("schema", route.body().toMap()))));
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put(String.valueOf(route.status()), route.path().endsWith("/{file}")
                ? map("description", "The file", "content", map("application/octet-stream",
                        map("schema", map("type", "string", "format", "binary"))))
                : map("description", "OK", "content", map("application/json", map("schema", map("type", "object")))));
        if (write) {
            responses.put("409", map("$ref", "#/components/responses/Conflict"));
        }
        responses.put("default", map("$ref", "#/components/responses/Error"));
        operation.put("responses", responses);
        return operation;
    }

    private static Map<String, Object> components() {
        Map<String, Object> error = map("type", "object", "required", List.of("error", "status"), "properties",
                map("error", map("type", "string", "description", "what went wrong, for the user"),
                        "status", map("type", "integer", "description", "the HTTP status")));
        Map<String, Object> change = map("type", "object", "properties", map("version", map("type", "integer"),
                "time", map("type", "string", "format", "date-time"), "user", map("type", "string"),
                "summary", map("type", "string")));
        Map<String, Object> conflict = map("allOf", List.of(map("$ref", "#/components/schemas/Error"),
                map("type", "object", "properties", map("currentVersion", map("type", "integer"),
                        "changes", map("type", "array", "items", map("$ref", "#/components/schemas/Change"))))));
        return map(
                "schemas", map("Error", error, "Change", change, "Conflict", conflict),
                "responses", map(
                        "Error", map("description", "An error: 400 bad request, 401 token needed, 403 CSRF header "
                                + "missing, 404 unknown, 405 wrong method, 413 upload too large, 415 file type not read, "
                                + "422 refused value, 428 no version given, 500 internal error", "content",
                                map("application/json", map("schema", map("$ref", "#/components/schemas/Error")))),
                        "Conflict", map("description", "The strategy changed since the version the write is based on",
                                "content", map("application/json", map("schema",
                                        map("$ref", "#/components/schemas/Conflict"))))),
                "parameters", map(
                        "csrf", map("name", AccessGuard.CSRF_HEADER, "in", "header", "required", true,
                                "description", "csrfToken of GET /session (not needed with a bearer token)",
                                "schema", map("type", "string")),
                        "version", map("name", ApiRequest.VERSION_HEADER, "in", "header", "required", false,
                                "description", "the strategy version the write is based on (required for changes of a "
                                        + "strategy)", "schema", map("type", "integer"))),
                "securitySchemes", map(
                        "bearer", map("type", "http", "scheme", "bearer", "description",
                                "the access token, when the operator set one"),
                        "cookie", map("type", "apiKey", "in", "cookie", "name", AccessGuard.TOKEN_COOKIE)));
    }

    private static String operationId(Route route) {
        String path = route.path().replaceAll("[{}]", "").replaceAll("[^A-Za-z0-9]+", "_").replaceAll("(^_|_$)", "");
        return route.method().toLowerCase(Locale.ROOT) + "_" + path;
    }

    private static String tag(String path) {
        String[] parts = path.replaceAll("^/", "").split("/");
        if (parts.length >= 3 && parts[0].equals("strategies")) {
            return parts[2];
        }
        return parts[0];
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
