package org.cxworkbench.web.tests;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A client of the REST API over real HTTP ({@link HttpClient}), as the pages use it: it can fetch the session's
 * CSRF token, sends it with writes when it has one, names the user and the version a write is based on, and
 * keeps cookies (the login cookie).
 */
final class Api {

    private static final Gson GSON = new Gson();

    /** One answer. */
    record Response(int status, String body, HttpHeaders headers, byte[] bytes) {

        JsonObject json() {
            JsonElement element = JsonParser.parseString(body);
            if (!element.isJsonObject()) {
                throw new AssertionError("not a JSON object: " + body);
            }
            return element.getAsJsonObject();
        }

        long version() {
            return json().get("version").getAsLong();
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    private final URI base;
    private final HttpClient client;
    private String csrf;
    private String bearer;
    private String user = "tester";

    Api(URI base) {
        this.base = base;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Sends {@code Authorization: Bearer TOKEN} from now on. */
    Api bearer(String token) {
        this.bearer = token;
        return this;
    }

    /** The user named in the change history ({@code X-CXW-User}). */
    Api as(String name) {
        this.user = name;
        return this;
    }

    /** Reads {@code GET /api/session} and sends its CSRF token with every write from now on. */
    Api session() throws IOException, InterruptedException {
        Response session = get("/api/session");
        if (session.status() != 200) {
            throw new AssertionError("GET /api/session answered " + session);
        }
        csrf = session.json().get("csrfToken").getAsString();
        return this;
    }

    /** Forgets the CSRF token (writes then go without the header). */
    Api withoutCsrf() {
        csrf = null;
        return this;
    }

    String csrf() {
        return csrf;
    }

    Response get(String path) throws IOException, InterruptedException {
        return send("GET", path, null, null, Map.of());
    }

    Response post(String path, Object body, Long version) throws IOException, InterruptedException {
        return send("POST", path, body, version, Map.of());
    }

    Response patch(String path, Object body, Long version) throws IOException, InterruptedException {
        return send("PATCH", path, body, version, Map.of());
    }

    Response delete(String path, Long version) throws IOException, InterruptedException {
        return send("DELETE", path, null, version, Map.of());
    }

    /** A JSON request; {@code body} is a JSON text, a map or a record, or null for none. */
    Response send(String method, String path, Object body, Long version, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : GSON.toJson(body),
                        StandardCharsets.UTF_8);
        Map<String, String> all = new LinkedHashMap<>();
        if (body != null) {
            all.put("Content-Type", "application/json");
        }
        all.putAll(headers);
        return raw(method, path, publisher, version, all);
    }

    /** Any request: the body as given, the headers added to the usual ones. */
    Response raw(String method, String path, HttpRequest.BodyPublisher body, Long version, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .method(method, body).header("Accept", "application/json").header("X-CXW-User", user);
        if (csrf != null && !method.equals("GET")) {
            request.header("X-CSRF-Token", csrf);
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (version != null) {
            request.header("X-CXW-Version", String.valueOf(version));
        }
        headers.forEach(request::header);
        HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Response(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8),
                response.headers(), response.body());
    }

    /** The JSON of {@code {"values": {...}}}. */
    static Map<String, Object> values(Object... keysAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return Map.of("values", values);
    }
}
