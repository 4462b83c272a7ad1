package org.cxworkbench.product.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The REST API of the served product, for what a test sets up or checks besides the browser. */
final class Rest {

    private static final Gson GSON = new Gson();

    private final URI base;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String user;
    private String csrf;

    Rest(URI base, String user) {
        this.base = base;
        this.user = user;
    }

    /** GET; fails unless 200. */
    JsonObject get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send("GET", path, null, null);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + " " + response.body());
        }
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    /** A write with the session's CSRF token, based on {@code version}. */
    HttpResponse<String> send(String method, String path, Object body, Long version)
            throws IOException, InterruptedException {
        if (csrf == null && !method.equals("GET")) {
            csrf = get("/api/session").get("csrfToken").getAsString();
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json").header("X-CXW-User", user)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(GSON.toJson(body), StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (!method.equals("GET")) {
            request.header("X-CSRF-Token", csrf);
        }
        if (version != null) {
            request.header("X-CXW-Version", String.valueOf(version));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The current version of a strategy. */
    long version(String id) throws IOException, InterruptedException {
        return get("/api/strategies/" + id).get("version").getAsLong();
    }
}
