package org.cxworkbench.web.internal.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.cxworkbench.web.internal.workspace.WebSettings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Guards every request of the web workbench:
 * <ul>
 * <li>security headers on every answer (a strict Content-Security-Policy: scripts and styles only from the
 * workbench itself, no framing, no sniffing, no referrer);</li>
 * <li>without an access token (bound to the loopback interface) only requests addressed to
 * {@code localhost}/{@code 127.0.0.1} are answered, so a web page elsewhere cannot reach the workbench by
 * DNS rebinding;</li>
 * <li>with an access token, every API request must carry it (header {@code Authorization: Bearer TOKEN} or
 * the cookie set by {@code POST /api/login});</li>
 * <li>every API write (POST, PUT, PATCH, DELETE) must carry the header {@value #CSRF_HEADER} with the token
 * from {@code GET /api/session}: a page of another site can neither read that token nor send the header.</li>
 * </ul>
 */
@Component(service = { Filter.class, AccessGuard.class }, configurationPid = WebSettings.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@HttpWhiteboardFilterPattern("/*")
public final class AccessGuard implements Filter {

    /** Header that carries the CSRF token on writes. */
    public static final String CSRF_HEADER = "X-CSRF-Token";

    /** Cookie that carries the access token after login. */
    public static final String TOKEN_COOKIE = "cxw_token";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

    private final String token;
    private final String csrfToken;

    @Activate
    public AccessGuard(WebSettings settings) {
        this.token = settings.token();
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.csrfToken = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** The CSRF token writes must carry. */
    public String csrfToken() {
        return csrfToken;
    }

    /** Whether requests need the access token. */
    public boolean tokenRequired() {
        return !token.isEmpty();
    }

    /** Whether {@code candidate} is the access token (compared in constant time). */
    public boolean isToken(String candidate) {
        return tokenRequired() && candidate != null && MessageDigest.isEqual(
                token.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        response.setHeader("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; "
                + "style-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; "
                + "base-uri 'none'; form-action 'self'");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        String path = request.getRequestURI();
        if (!tokenRequired() && !LOOPBACK_HOSTS.contains(hostOf(request))) {
            refuse(request, response, 421, "This workbench answers only requests to localhost or 127.0.0.1");
            return;
        }
        if (path.startsWith("/api/")) {
            boolean login = path.equals("/api/login");
            boolean bearer = bearer(request).map(this::isToken).orElse(false);
            if (tokenRequired() && !login && !bearer && !cookie(request).map(this::isToken).orElse(false)) {
                refuse(request, response, 401, "This workbench needs the access token its operator set; sign in first");
                return;
            }
            if (!SAFE_METHODS.contains(request.getMethod()) && !login && !bearer
                    && !MessageDigest.isEqual(csrfToken.getBytes(StandardCharsets.UTF_8),
                            String.valueOf(request.getHeader(CSRF_HEADER)).getBytes(StandardCharsets.UTF_8))) {
                refuse(request, response, 403, "A change must carry the header " + CSRF_HEADER
                        + " with the token from GET /api/session (reload the page)");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static String hostOf(HttpServletRequest request) {
        String host = String.valueOf(request.getHeader("Host")).toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end < 0 ? host : host.substring(0, end + 1);
        }
        int colon = host.indexOf(':');
        return colon < 0 ? host : host.substring(0, colon);
    }

    private static Optional<String> bearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? Optional.of(header.substring(7).strip()) : Optional.empty();
    }

    private static Optional<String> cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (cookie.getName().equals(TOKEN_COOKIE)) {
                    return Optional.of(cookie.getValue());
                }
            }
        }
        return Optional.empty();
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String message)
            throws IOException {
        ApiServlet.closeIfBodyMayBeUnread(request, response);
        byte[] body = Json.write(java.util.Map.of("error", message, "status", status)).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/json;charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
