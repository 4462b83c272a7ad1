package org.cxworkbench.web.internal.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.cxworkbench.web.internal.http.ApiResource.Route;

/** Finds the route of a method and path; tells "no such path" (404) from "not with this method" (405). */
final class Router {

    /** A route that matched, with its path parameters. */
    record Match(Route route, Map<String, String> parameters) {
    }

    private final List<Route> routes = new CopyOnWriteArrayList<>();

    void add(List<Route> added) {
        routes.addAll(added);
    }

    void remove(List<Route> removed) {
        routes.removeAll(removed);
    }

    List<Route> routes() {
        return List.copyOf(routes);
    }

    Match find(String method, String path) throws ApiError {
        String[] segments = split(path);
        List<String> allowed = new ArrayList<>();
        for (Route route : routes) {
            Map<String, String> parameters = match(split(route.path()), segments);
            if (parameters != null) {
                if (route.method().equals(method)) {
                    return new Match(route, parameters);
                }
                allowed.add(route.method());
            }
        }
        if (!allowed.isEmpty()) {
            throw new ApiError(405, method + " is not allowed on /api" + path + "; use " + String.join(", ", allowed))
                    .with("allowed", allowed);
        }
        throw ApiError.notFound("There is no /api" + path + "; GET /api/openapi.json lists the API");
    }

    private static Map<String, String> match(String[] pattern, String[] segments) {
        if (pattern.length != segments.length) {
            return null;
        }
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i < pattern.length; i++) {
            String p = pattern[i];
            if (p.startsWith("{") && p.endsWith("}")) {
                parameters.put(p.substring(1, p.length() - 1), segments[i]);
            } else if (!p.equals(segments[i])) {
                return null;
            }
        }
        return parameters;
    }

    private static String[] split(String path) {
        String trimmed = path == null ? "" : path.replaceAll("^/+|/+$", "");
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/");
    }
}
