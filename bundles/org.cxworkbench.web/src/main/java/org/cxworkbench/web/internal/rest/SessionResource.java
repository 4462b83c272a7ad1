package org.cxworkbench.web.internal.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cxworkbench.api.report.ReportService;
import org.cxworkbench.web.internal.http.AccessGuard;
import org.cxworkbench.web.internal.http.ApiError;
import org.cxworkbench.web.internal.http.BodySchema;
import org.cxworkbench.web.internal.http.ApiRequest;
import org.cxworkbench.web.internal.http.ApiResource;
import org.cxworkbench.web.internal.http.ApiResponse;
import org.cxworkbench.web.internal.workspace.Workspace;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code GET /api/session}: what a page needs first (the CSRF token for writes, the strategy opened first,
 * the report formats installed); {@code POST /api/login}: exchanges the access token for a cookie.
 */
@Component(service = ApiResource.class)
public final class SessionResource implements ApiResource {

    private final AccessGuard guard;
    private final Workspace workspace;
    private final ReportService reports;

    @Activate
    public SessionResource(@Reference AccessGuard guard, @Reference Workspace workspace,
            @Reference ReportService reports) {
        this.guard = guard;
        this.workspace = workspace;
        this.reports = reports;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                new Route("GET", "/session", "The CSRF token for writes, the strategy opened first, report formats",
                        this::session),
                new Route("POST", "/login", "Exchanges the access token (body {\"token\": ...}) for a session cookie",
                        this::login).withBody(BodySchema.object().text("token", "the access token the operator set",
                                true)));
    }

    private Object session(ApiRequest request) {
        Map<String, Object> session = new LinkedHashMap<>();
        session.put("csrfToken", guard.csrfToken());
        session.put("csrfHeader", AccessGuard.CSRF_HEADER);
        session.put("versionHeader", ApiRequest.VERSION_HEADER);
        session.put("userHeader", ApiRequest.USER_HEADER);
        session.put("firstStrategy", workspace.firstId().orElse(null));
        session.put("workspace", workspace.folder().toString());
        session.put("reportFormats", reports.formats());
        session.put("uploadMaxBytes", workspace.settings().uploadMaxBytes());
        return session;
    }

    private Object login(ApiRequest request) throws ApiError {
        if (!guard.tokenRequired()) {
            return Map.of("signedIn", true);
        }
        var body = request.body();
        String token = body.has("token") && !body.get("token").isJsonNull() ? body.get("token").getAsString() : "";
        if (!guard.isToken(token)) {
            throw new ApiError(401, "That is not the access token of this workbench");
        }
        return ApiResponse.json(200, Map.of("signedIn", true)).header("Set-Cookie", AccessGuard.TOKEN_COOKIE + "="
                + token + "; Path=/; HttpOnly; SameSite=Strict");
    }
}
