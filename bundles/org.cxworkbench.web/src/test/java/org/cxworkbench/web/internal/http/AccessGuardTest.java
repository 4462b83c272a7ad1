package org.cxworkbench.web.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;

import org.cxworkbench.web.internal.workspace.WebSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.gson.JsonParser;

/** The guard in front of every request: Host check on loopback, the access token elsewhere, CSRF on writes. */
class AccessGuardTest {

    private static final String TOKEN = "s3cret-token-of-the-operator";

    /** What the guard let through to the servlet, if anything. */
    private HttpRequestSeen passed;

    record HttpRequestSeen(String method, String uri) {
    }

    // ---- loopback, no token ------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = { "127.0.0.1:8080", "localhost:9090", "LOCALHOST", "127.0.0.1", "[::1]:8080" })
    void loopbackHostsAreAnswered(String host) throws Exception {
        FakeHttp.Response response = run(guard(""), new FakeHttp.Request("GET", "/api/session").header("Host", host));
        assertEquals(new HttpRequestSeen("GET", "/api/session"), passed);
        assertEquals(200, response.status);
    }

    @ParameterizedTest
    @ValueSource(strings = { "evil.example", "evil.example:8080", "127.0.0.1.evil.example", "localhost.evil.example",
        "192.168.1.10:8080", "[::2]:8080" })
    void otherHostsAreRefusedWith421SoDnsRebindingCannotReachTheWorkbench(String host) throws Exception {
        FakeHttp.Response response = run(guard(""), new FakeHttp.Request("GET", "/api/session").header("Host", host));
        assertNull(passed, "refused requests never reach the servlet");
        assertEquals(421, response.status);
        assertEquals(421, JsonParser.parseString(response.text()).getAsJsonObject().get("status").getAsInt());
        assertTrue(response.text().contains("localhost or 127.0.0.1"), response.text());
    }

    @Test
    void theHostCheckAlsoCoversThePages() throws Exception {
        FakeHttp.Response response = run(guard(""),
                new FakeHttp.Request("GET", "/ui/index.html").header("Host", "evil.example"));
        assertNull(passed);
        assertEquals(421, response.status);
    }

    @Test
    void aRequestWithoutHostIsRefused() throws Exception {
        FakeHttp.Response response = run(guard(""), new FakeHttp.Request("GET", "/api/session").header("Host", null));
        assertNull(passed);
        assertEquals(421, response.status);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        for (String host : new String[] { "127.0.0.1:8080", "evil.example" }) {
            FakeHttp.Response response = run(guard(""), new FakeHttp.Request("GET", "/ui/index.html").header("Host", host));
            String csp = response.header("Content-Security-Policy");
            assertTrue(csp.contains("default-src 'self'") && csp.contains("script-src 'self'")
                    && csp.contains("frame-ancestors 'none'"), csp);
            assertFalse(csp.contains("unsafe-inline"), csp);
            assertEquals("nosniff", response.header("X-Content-Type-Options"));
            assertEquals("DENY", response.header("X-Frame-Options"));
            assertEquals("no-referrer", response.header("Referrer-Policy"));
        }
    }

    // ---- CSRF ----------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = { "POST", "PUT", "PATCH", "DELETE" })
    void writesWithoutTheCsrfHeaderAreRefusedWith403(String method) throws Exception {
        AccessGuard guard = guard("");
        FakeHttp.Response missing = run(guard, new FakeHttp.Request(method, "/api/strategies/acme/entities/goal/goal-1"));
        assertNull(passed);
        assertEquals(403, missing.status);
        assertTrue(missing.text().contains(AccessGuard.CSRF_HEADER), missing.text());

        FakeHttp.Response wrong = run(guard, new FakeHttp.Request(method, "/api/strategies/acme/entities/goal/goal-1")
                .header(AccessGuard.CSRF_HEADER, guard.csrfToken() + "x"));
        assertNull(passed);
        assertEquals(403, wrong.status);

        FakeHttp.Response other = run(guard, new FakeHttp.Request(method, "/api/strategies")
                .header(AccessGuard.CSRF_HEADER, guard("").csrfToken()));
        assertNull(passed, "the token of another server is not this one's");
        assertEquals(403, other.status);
    }

    @ParameterizedTest
    @ValueSource(strings = { "POST", "PUT", "PATCH", "DELETE" })
    void writesWithTheCsrfHeaderPass(String method) throws Exception {
        AccessGuard guard = guard("");
        FakeHttp.Response response = run(guard, new FakeHttp.Request(method, "/api/strategies")
                .header(AccessGuard.CSRF_HEADER, guard.csrfToken()));
        assertEquals(new HttpRequestSeen(method, "/api/strategies"), passed);
        assertEquals(200, response.status);
    }

    @ParameterizedTest
    @ValueSource(strings = { "GET", "HEAD", "OPTIONS" })
    void readsNeedNoCsrfHeader(String method) throws Exception {
        run(guard(""), new FakeHttp.Request(method, "/api/strategies"));
        assertEquals(new HttpRequestSeen(method, "/api/strategies"), passed);
    }

    @Test
    void eachServerHasItsOwnUnguessableCsrfToken() {
        String one = guard("").csrfToken();
        String two = guard("").csrfToken();
        assertNotEquals(one, two);
        assertTrue(one.length() >= 40, one);
        assertTrue(one.matches("[A-Za-z0-9_-]+"), one);
    }

    // ---- access token --------------------------------------------------------------------------------------

    @Test
    void withATokenApiRequestsWithoutItAre401() throws Exception {
        AccessGuard guard = guard(TOKEN);
        assertTrue(guard.tokenRequired());
        FakeHttp.Response none = run(guard, new FakeHttp.Request("GET", "/api/strategies"));
        assertNull(passed);
        assertEquals(401, none.status);

        FakeHttp.Response wrong = run(guard, new FakeHttp.Request("GET", "/api/strategies")
                .header("Authorization", "Bearer " + TOKEN.substring(1)));
        assertNull(passed);
        assertEquals(401, wrong.status);

        FakeHttp.Response wrongCookie = run(guard, new FakeHttp.Request("GET", "/api/strategies")
                .cookie(AccessGuard.TOKEN_COOKIE, "guess"));
        assertNull(passed);
        assertEquals(401, wrongCookie.status);
    }

    @Test
    void theBearerTokenLetsReadsAndWritesThrough() throws Exception {
        AccessGuard guard = guard(TOKEN);
        run(guard, new FakeHttp.Request("GET", "/api/strategies").header("Authorization", "Bearer " + TOKEN));
        assertEquals(new HttpRequestSeen("GET", "/api/strategies"), passed);
        // a script holding the token is no browser session a foreign page could ride on: no CSRF header needed
        run(guard, new FakeHttp.Request("POST", "/api/strategies").header("Authorization", "bearer  " + TOKEN));
        assertEquals(new HttpRequestSeen("POST", "/api/strategies"), passed);
    }

    @Test
    void theLoginCookieLetsReadsThroughButWritesStillNeedCsrf() throws Exception {
        AccessGuard guard = guard(TOKEN);
        run(guard, new FakeHttp.Request("GET", "/api/strategies").cookie("other", "x").cookie(AccessGuard.TOKEN_COOKIE, TOKEN));
        assertEquals(new HttpRequestSeen("GET", "/api/strategies"), passed);

        FakeHttp.Response noCsrf = run(guard, new FakeHttp.Request("PATCH", "/api/strategies/a/entities/goal/goal-1")
                .cookie(AccessGuard.TOKEN_COOKIE, TOKEN));
        assertNull(passed, "a cookie is sent by the browser on its own, so it does not replace the CSRF header");
        assertEquals(403, noCsrf.status);

        run(guard, new FakeHttp.Request("PATCH", "/api/strategies/a/entities/goal/goal-1")
                .cookie(AccessGuard.TOKEN_COOKIE, TOKEN).header(AccessGuard.CSRF_HEADER, guard.csrfToken()));
        assertEquals(new HttpRequestSeen("PATCH", "/api/strategies/a/entities/goal/goal-1"), passed);
    }

    @Test
    void loginIsReachableWithoutTokenAndCsrf() throws Exception {
        run(guard(TOKEN), new FakeHttp.Request("POST", "/api/login").body("application/json", "{\"token\":\"x\"}"));
        assertEquals(new HttpRequestSeen("POST", "/api/login"), passed);
    }

    @Test
    void withATokenThePagesAreServedAndAnyHostIsAccepted() throws Exception {
        AccessGuard guard = guard(TOKEN);
        run(guard, new FakeHttp.Request("GET", "/ui/index.html").header("Host", "workbench.example:8443"));
        assertEquals(new HttpRequestSeen("GET", "/ui/index.html"), passed);
        FakeHttp.Response api = run(guard, new FakeHttp.Request("GET", "/api/session").header("Host", "workbench.example"));
        assertEquals(401, api.status, "but the API still needs the token");
        run(guard, new FakeHttp.Request("GET", "/api/session").header("Host", "workbench.example")
                .header("Authorization", "Bearer " + TOKEN));
        assertEquals(new HttpRequestSeen("GET", "/api/session"), passed);
    }

    @Test
    void isTokenComparesExactly() {
        AccessGuard withToken = guard(TOKEN);
        assertTrue(withToken.isToken(TOKEN));
        assertFalse(withToken.isToken(TOKEN + " "));
        assertFalse(withToken.isToken(""));
        assertFalse(withToken.isToken(null));
        AccessGuard without = guard("");
        assertFalse(without.tokenRequired());
        assertFalse(without.isToken(""), "no token set means no token is valid, not that the empty one is");
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private FakeHttp.Response run(AccessGuard guard, FakeHttp.Request request) throws Exception {
        passed = null;
        FakeHttp.Response response = new FakeHttp.Response();
        guard.doFilter(request.build(), response.build(), (req, res) -> passed = new HttpRequestSeen(
                ((jakarta.servlet.http.HttpServletRequest) req).getMethod(),
                ((jakarta.servlet.http.HttpServletRequest) req).getRequestURI()));
        return response;
    }

    static AccessGuard guard(String token) {
        return new AccessGuard(settings(token));
    }

    static WebSettings settings(String token) {
        return new WebSettings() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return WebSettings.class;
            }

            @Override
            public String workspace() {
                return "/tmp";
            }

            @Override
            public String file() {
                return "";
            }

            @Override
            public String token() {
                return token;
            }

            @Override
            public long uploadMaxBytes() {
                return 1024;
            }
        };
    }
}
