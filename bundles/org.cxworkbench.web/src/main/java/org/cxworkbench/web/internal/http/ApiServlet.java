package org.cxworkbench.web.internal.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.cxworkbench.web.internal.openapi.OpenApiDocument;
import org.cxworkbench.web.internal.workspace.WebSettings;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The REST API under {@code /api}: routes each request to the {@link ApiResource} that answers it and turns
 * results and failures into JSON answers with the right status (400 bad request, 404 unknown, 409 stale
 * version, 413 too large, 422 refused change, 500 internal error).
 */
@Component(service = { Servlet.class, ApiServlet.class }, configurationPid = WebSettings.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@HttpWhiteboardServletPattern("/api/*")
public final class ApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient Router router = new Router();
    private final transient Map<ApiResource, List<ApiResource.Route>> resources = new ConcurrentHashMap<>();

    /**
     * The servlet answers {@code GET /api/openapi.json} itself: the document describes the routes this servlet
     * holds right now. (A separate resource referring back to the servlet made a reference cycle that Felix SCR
     * did not always bind, and the document then stayed unavailable.)
     */
    public ApiServlet() {
        router.add(List.of(new ApiResource.Route("GET", "/openapi.json",
                "This document: the OpenAPI 3.0 description of every route", request -> OpenApiDocument.of(routes()))));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addResource(ApiResource resource) {
        List<ApiResource.Route> routes = resource.routes();
        resources.put(resource, routes);
        router.add(routes);
    }

    void removeResource(ApiResource resource) {
        List<ApiResource.Route> routes = resources.remove(resource);
        if (routes != null) {
            router.remove(routes);
        }
    }

    /** Every route of the API. */
    public List<ApiResource.Route> routes() {
        return router.routes();
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String method = request.getMethod();
        response.setHeader("Cache-Control", "no-store");
        ApiRequest apiRequest = null;
        try {
            Router.Match match = router.find(method, request.getPathInfo());
            apiRequest = new ApiRequest(request, match.parameters());
            Object result = match.route().handler().handle(apiRequest);
            send(response, result instanceof ApiResponse r ? r : ApiResponse.json(200, result));
        } catch (Exception e) {
            if (apiRequest == null || !apiRequest.bodyRead()) {
                closeIfBodyMayBeUnread(request, response);
            }
            sendError(response, e);
        }
    }

    /**
     * For an answer that may be sent before the request's body was read (a refusal, an error before the JSON body
     * was parsed, an upload refused as too large): asks the client not to reuse the connection. Jetty closes a connection whose request body has not fully arrived when the answer is
     * complete; a client that reused it for its next request would find it closed ("received no bytes").
     */
    static void closeIfBodyMayBeUnread(HttpServletRequest request, HttpServletResponse response) {
        if (request.getContentLengthLong() != 0 || request.getHeader("Transfer-Encoding") != null) {
            response.setHeader("Connection", "close");
        }
    }

    private static void send(HttpServletResponse response, ApiResponse answer) throws IOException {
        response.setStatus(answer.status());
        answer.headers().forEach(response::setHeader);
        if (answer.file() != null) {
            response.setContentType(answer.contentType());
            response.setContentLengthLong(Files.size(answer.file()));
            try (OutputStream out = response.getOutputStream()) {
                Files.copy(answer.file(), out);
            }
            return;
        }
        if (answer.status() == 204) {
            return;
        }
        byte[] bytes = Json.write(answer.body()).getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json;charset=utf-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static void sendError(HttpServletResponse response, Exception e) throws IOException {
        ErrorAnswer answer = ErrorAnswer.of(e);
        if (!response.isCommitted()) {
            response.resetBuffer();
            response.setHeader("Content-Disposition", null);
            send(response, ApiResponse.json(answer.status(), answer.body()));
        }
    }
}
