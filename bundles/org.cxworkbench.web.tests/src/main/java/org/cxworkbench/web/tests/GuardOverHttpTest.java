package org.cxworkbench.web.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;

import com.google.gson.JsonObject;

/**
 * The web workbench bound to 127.0.0.1 without an access token, over real HTTP: the session's CSRF token,
 * writes refused without it, the Host check against DNS rebinding, the pages with their security headers.
 */
class GuardOverHttpTest {

    @InjectBundleContext
    static BundleContext context;

    static Path folder;
    static URI base;

    @BeforeAll
    static void serve() throws Exception {
        folder = WebServer.exampleWorkspace("guard");
        base = WebServer.start(context, folder);
    }

    @AfterAll
    static void cleanUp() throws Exception {
        WebServer.delete(folder);
    }

    @Test
    void theSessionGivesTheCsrfTokenAndWhatThePagesNeed() throws Exception {
        Api.Response session = new Api(base).get("/api/session");
        assertEquals(200, session.status(), session.body());
        JsonObject json = session.json();
        assertTrue(json.get("csrfToken").getAsString().length() >= 40, session.body());
        assertEquals("X-CSRF-Token", json.get("csrfHeader").getAsString());
        assertEquals("X-CXW-Version", json.get("versionHeader").getAsString());
        assertEquals(folder.toAbsolutePath().normalize().toString(), json.get("workspace").getAsString());
        assertTrue(json.get("reportFormats").toString().contains("xlsx"), session.body());
        assertTrue(json.get("reportFormats").toString().contains("pdf"), session.body());
        assertTrue(json.get("uploadMaxBytes").getAsLong() > 0, session.body());
        assertEquals("no-store", session.header("Cache-Control"));
        assertTrue(session.header("Content-Type").startsWith("application/json"), session.header("Content-Type"));
        assertEquals(json.get("csrfToken").getAsString(), new Api(base).get("/api/session").json().get("csrfToken")
                .getAsString(), "one token per server, the same for every page");
    }

    @Test
    void writesWithoutTheCsrfHeaderAre403AndChangeNothing() throws Exception {
        Path file = folder.resolve("acme.cxs");
        byte[] before = Files.readAllBytes(file);
        Api api = new Api(base);
        long version = api.get("/api/strategies/acme").version();
        Map<String, Object> rename = Api.values("name", "renamed without CSRF");

        Api.Response patch = api.patch("/api/strategies/acme/entities/goal/goal-1", rename, version);
        assertEquals(403, patch.status(), patch.body());
        assertTrue(patch.json().get("error").getAsString().contains("X-CSRF-Token"), patch.body());
        Api.Response post = api.post("/api/strategies/acme/entities/touchpoint", Api.values("name", "Kiosk"), version);
        assertEquals(403, post.status(), post.body());
        assertEquals(403, api.delete("/api/strategies/acme/entities/goal/goal-3", version).status());
        assertEquals(403, api.post("/api/strategies", Map.of("id", "sneaky", "name", "Sneaky"), null).status());
        Api.Response wrong = api.send("PATCH", "/api/strategies/acme/entities/goal/goal-1", rename, version,
                Map.of("X-CSRF-Token", "not-the-token"));
        assertEquals(403, wrong.status(), wrong.body());

        assertArrayEquals(before, Files.readAllBytes(file), "nothing was saved");
        assertEquals(version, api.get("/api/strategies/acme").version());
        assertTrue(Files.notExists(folder.resolve("sneaky.cxs")));

        // the same write with the session's token is accepted
        Api.Response accepted = api.session().patch("/api/strategies/acme/entities/goal/goal-1",
                Api.values("name", "renamed with CSRF"), version);
        assertEquals(200, accepted.status(), accepted.body());
        assertEquals(version + 1, accepted.version());
        assertTrue(Files.readString(file).contains("name=\"renamed with CSRF\""));
    }

    @Test
    void aHostOtherThanLoopbackIs421() throws Exception {
        for (String path : new String[] { "/api/session", "/api/strategies", "/ui/index.html" }) {
            RawHttp.Answer evil = RawHttp.send(base, "GET", path, "evil.example", Map.of());
            assertEquals(421, evil.status(), path + ": " + evil.text());
            RawHttp.Answer rebound = RawHttp.send(base, "GET", path, "attacker.example:" + base.getPort(), Map.of());
            assertEquals(421, rebound.status(), path + ": " + rebound.text());
        }
        assertEquals(421, RawHttp.send(base, "GET", "/api/session", "192.168.1.20", Map.of()).status());
        assertEquals(200, RawHttp.send(base, "GET", "/api/session", "localhost:" + base.getPort(), Map.of()).status());
        assertEquals(200, RawHttp.send(base, "GET", "/api/session", "127.0.0.1:" + base.getPort(), Map.of()).status());
    }

    @Test
    void thePagesAreServedWithAStrictContentSecurityPolicy() throws Exception {
        Api api = new Api(base);
        Api.Response index = api.get("/ui/index.html");
        assertEquals(200, index.status());
        assertTrue(index.header("Content-Type").startsWith("text/html"), index.header("Content-Type"));
        assertTrue(index.body().contains("<script type=\"module\" src=\"js/app.js\">"), index.body());
        String csp = index.header("Content-Security-Policy");
        assertNotNull(csp);
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe"), csp);
        assertEquals("DENY", index.header("X-Frame-Options"));
        assertEquals("nosniff", index.header("X-Content-Type-Options"));

        Api.Response script = api.get("/ui/js/app.js");
        assertEquals(200, script.status());
        assertTrue(script.header("Content-Type").contains("javascript"), script.header("Content-Type"));

        Api.Response root = api.get("/");
        assertEquals(302, root.status());
        assertTrue(root.header("Location").endsWith("/ui/index.html"), root.header("Location"));
        assertEquals(404, api.get("/nothing-here").status());
    }

    @Test
    void unknownPathsAre404AndWrongMethods405() throws Exception {
        Api api = new Api(base).session();
        Api.Response unknown = api.get("/api/no/such/thing");
        assertEquals(404, unknown.status());
        assertTrue(unknown.json().get("error").getAsString().contains("/api/no/such/thing"), unknown.body());
        Api.Response method = api.send("PUT", "/api/strategies", "{}", null, Map.of());
        assertEquals(405, method.status(), method.body());
        assertTrue(method.json().get("allowed").toString().contains("POST"), method.body());
        assertEquals(404, api.get("/api/strategies/no-such-strategy").status());
        int traversal = api.get("/api/strategies/..%2F..%2Fetc%2Fpasswd").status();
        assertTrue(traversal == 400 || traversal == 404, "a path in a strategy id is refused: " + traversal);
    }

    @Test
    void aWriteMustNameItsVersion() throws Exception {
        Api api = new Api(base).session();
        byte[] before = Files.readAllBytes(folder.resolve("acme.cxs"));
        Api.Response noVersion = api.patch("/api/strategies/acme/entities/goal/goal-3", Api.values("name", "x"), null);
        assertEquals(428, noVersion.status(), noVersion.body());
        assertTrue(noVersion.json().get("error").getAsString().contains("X-CXW-Version"), noVersion.body());
        Api.Response badVersion = api.raw("PATCH", "/api/strategies/acme/entities/goal/goal-3",
                HttpRequest.BodyPublishers.ofString("{\"values\":{\"name\":\"x\"}}"), null,
                Map.of("Content-Type", "application/json", "X-CXW-Version", "latest"));
        assertEquals(400, badVersion.status(), badVersion.body());
        assertArrayEquals(before, Files.readAllBytes(folder.resolve("acme.cxs")));
    }
}
