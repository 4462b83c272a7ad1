package org.cxworkbench.web.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;

import com.google.gson.JsonObject;

import jakarta.servlet.http.HttpServletRequest;

/** One request to the REST API: path parameters, query, body and the caller's name and base version. */
public final class ApiRequest {

    /** Header with the version a write is based on (also accepted as {@code If-Match}). */
    public static final String VERSION_HEADER = "X-CXW-Version";

    /** Header with the display name of the user, shown in the change history. */
    public static final String USER_HEADER = "X-CXW-User";

    private final HttpServletRequest request;
    private final Map<String, String> pathParameters;
    private JsonObject body;
    private Map<String, String> query;

    ApiRequest(HttpServletRequest request, Map<String, String> pathParameters) {
        this.request = request;
        this.pathParameters = pathParameters;
    }

    /** A path parameter, e.g. {@code id} of {@code /strategies/{id}}. */
    public String path(String name) {
        return pathParameters.get(name);
    }

    /**
     * A query parameter. Read from the query string only, never from the body: the servlet container would
     * parse a body sent as form content (what {@code curl --data-binary} declares) to look for parameters,
     * which breaks uploads.
     */
    public Optional<String> query(String name) {
        if (query == null) {
            query = parseQuery(request.getQueryString());
        }
        String value = query.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private static Map<String, String> parseQuery(String text) {
        Map<String, String> parameters = new java.util.HashMap<>();
        if (text == null || text.isEmpty()) {
            return parameters;
        }
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            parameters.putIfAbsent(key, eq < 0 ? "" : decode(pair.substring(eq + 1)));
        }
        return parameters;
    }

    private static String decode(String text) {
        try {
            return java.net.URLDecoder.decode(text, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    /** The body as a JSON object (read once). */
    public JsonObject body() throws ApiError {
        if (body == null) {
            try {
                body = Json.readObject(request.getReader());
            } catch (IOException e) {
                throw ApiError.badRequest("The request body could not be read: " + e.getMessage());
            }
        }
        return body;
    }

    /** Whether the body was read as JSON (then the connection can serve the next request after an error). */
    boolean bodyRead() {
        return body != null;
    }

    /** The raw body, for uploads. */
    public InputStream stream() throws IOException {
        return request.getInputStream();
    }

    /** A request header. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(request.getHeader(name)).filter(v -> !v.isBlank());
    }

    /** The user's display name (header {@value #USER_HEADER}), or {@code someone}. */
    public String user() {
        String user = header(USER_HEADER).orElse("someone").strip();
        return user.length() > 60 ? user.substring(0, 60) : user;
    }

    /**
     * The version a write is based on: header {@value #VERSION_HEADER} or {@code If-Match}, or the body's
     * {@code version}. Every write must name one, so that it cannot overwrite a change it has not seen.
     */
    public long basedOn() throws ApiError {
        Optional<String> text = header(VERSION_HEADER).or(() -> header("If-Match"));
        if (text.isEmpty() && "application/json".equals(contentType()) && body().has("version")) {
            text = Optional.of(body().get("version").getAsString());
        }
        String value = text.orElseThrow(() -> new ApiError(428, "A change must say which version of the strategy "
                + "it is based on (header " + VERSION_HEADER + ")"));
        try {
            return Long.parseLong(value.replace("\"", "").strip());
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("'" + value + "' is not a strategy version");
        }
    }

    /** The media type of the body, without parameters. */
    public String contentType() {
        String type = request.getContentType();
        return type == null ? "" : type.split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** The request's declared length, or -1. */
    public long contentLength() {
        return request.getContentLengthLong();
    }
}
