package org.cxworkbench.web.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;

/**
 * The web workbench with an access token (as {@code cxw serve --host ADDRESS} requires): every API request
 * needs the token, as a Bearer header or as the cookie {@code POST /api/login} sets; writes with the cookie
 * still need the CSRF header; the pages themselves load without it (the login page must).
 */
class TokenModeTest {

    private static final String TOKEN = "integration-test-token-0123456789";

    @InjectBundleContext
    static BundleContext context;

    static Path folder;
    static URI base;

    @BeforeAll
    static void serve() throws Exception {
        folder = WebServer.exampleWorkspace("token");
        base = WebServer.start(context, folder, TOKEN);
    }

    @AfterAll
    static void cleanUp() throws Exception {
        WebServer.delete(folder);
    }

    @Test
    void withoutTheTokenEveryApiRequestIs401() throws Exception {
        Api anonymous = new Api(base);
        for (String path : new String[] { "/api/session", "/api/strategies", "/api/strategies/acme",
            "/api/strategies/acme/entities/goal", "/api/kinds" }) {
            Api.Response answer = anonymous.get(path);
            assertEquals(401, answer.status(), path + ": " + answer.body());
        }
        Api.Response wrong = new Api(base).bearer(TOKEN + "x").get("/api/strategies");
        assertEquals(401, wrong.status());
        assertTrue(wrong.json().get("error").getAsString().contains("access token"), wrong.body());
        byte[] before = Files.readAllBytes(folder.resolve("acme.cxs"));
        Api.Response write = anonymous.patch("/api/strategies/acme/entities/goal/goal-1", Api.values("name", "x"), 1L);
        assertEquals(401, write.status());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(folder.resolve("acme.cxs"))));
    }

    @Test
    void theBearerTokenOpensTheApi() throws Exception {
        Api api = new Api(base).bearer(TOKEN);
        Api.Response strategies = api.get("/api/strategies");
        assertEquals(200, strategies.status(), strategies.body());
        assertTrue(strategies.body().contains("\"id\":\"acme\""), strategies.body());
        long version = api.get("/api/strategies/acme").version();
        Api.Response patch = api.patch("/api/strategies/acme/entities/goal/goal-3",
                Api.values("name", "Changed with the bearer token"), version);
        assertEquals(200, patch.status(), patch.body());
        assertTrue(Files.readString(folder.resolve("acme.cxs")).contains("Changed with the bearer token"));
    }

    @Test
    void loginSetsACookieThatOpensTheApiButWritesStillNeedCsrf() throws Exception {
        Api browser = new Api(base);
        Api.Response refused = browser.post("/api/login", Map.of("token", "guessed-token-guessed"), null);
        assertEquals(401, refused.status(), refused.body());
        assertNull(refused.header("Set-Cookie"));
        assertEquals(401, browser.get("/api/strategies").status());

        Api.Response login = browser.post("/api/login", Map.of("token", TOKEN), null);
        assertEquals(200, login.status(), login.body());
        String cookie = login.header("Set-Cookie");
        assertTrue(cookie.startsWith("cxw_token="), cookie);
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);

        assertEquals(200, browser.get("/api/strategies").status(), "the cookie is sent from now on");
        long version = browser.get("/api/strategies/acme").version();
        Api.Response noCsrf = browser.patch("/api/strategies/acme/entities/goal/goal-2",
                Api.values("name", "with the cookie only"), version);
        assertEquals(403, noCsrf.status(), noCsrf.body());
        Api.Response withCsrf = browser.session().patch("/api/strategies/acme/entities/goal/goal-2",
                Api.values("name", "with cookie and CSRF"), version);
        assertEquals(200, withCsrf.status(), withCsrf.body());
    }

    @Test
    void thePagesLoadWithoutTheTokenAndAnyHostIsAccepted() throws Exception {
        assertEquals(200, new Api(base).get("/ui/index.html").status());
        assertEquals(200, new Api(base).get("/ui/pages/login.js").status());
        RawHttp.Answer otherHost = RawHttp.send(base, "GET", "/api/session", "workbench.example:8443",
                Map.of("Authorization", "Bearer " + TOKEN));
        assertEquals(200, otherHost.status(), otherHost.text());
        assertEquals(401, RawHttp.send(base, "GET", "/api/session", "workbench.example:8443", Map.of()).status());
    }
}
