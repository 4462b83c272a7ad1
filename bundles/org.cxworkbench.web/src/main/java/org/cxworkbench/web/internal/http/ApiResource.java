package org.cxworkbench.web.internal.http;

import java.util.List;

/**
 * A part of the REST API, registered as a service inside this bundle; {@link ApiServlet} routes requests to
 * the routes of all parts. Each part also describes its routes for the OpenAPI document.
 */
public interface ApiResource {

    /** Answers one request; returns a value sent as JSON, or an {@link ApiResponse}. */
    interface Handler {
        Object handle(ApiRequest request) throws Exception;
    }

    /**
     * One route.
     *
     * @param method GET, POST, PATCH, PUT or DELETE
     * @param path a path below {@code /api}, with parameters in braces: {@code /strategies/{id}}
     * @param summary one line for the OpenAPI document
     * @param handler what answers it
     */
    record Route(String method, String path, String summary, Handler handler) {
    }

    /** The routes of this part. */
    List<Route> routes();
}
