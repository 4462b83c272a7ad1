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
     * @param body the body it takes, for the OpenAPI document; {@code null} for none
     * @param status the status of a successful answer (200, 201 created, 202 accepted as a job)
     */
    record Route(String method, String path, String summary, Handler handler, BodySchema body, int status) {

        /** A route without a body that answers 200. */
        public Route(String method, String path, String summary, Handler handler) {
            this(method, path, summary, handler, null, 200);
        }

        /** This route, taking a body of the given schema. */
        public Route withBody(BodySchema schema) {
            return new Route(method, path, summary, handler, schema, status);
        }

        /** This route, answering {@code successStatus} when it succeeds. */
        public Route withStatus(int successStatus) {
            return new Route(method, path, summary, handler, body, successStatus);
        }
    }

    /** The routes of this part. */
    List<Route> routes();
}
