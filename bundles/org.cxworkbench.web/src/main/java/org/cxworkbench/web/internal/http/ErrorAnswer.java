package org.cxworkbench.web.internal.http;

import java.util.LinkedHashMap;
import java.util.Map;

import org.cxworkbench.api.entity.EntityException;
import org.cxworkbench.api.store.StrategyFileException;
import org.cxworkbench.web.internal.workspace.VersionConflict;
import org.cxworkbench.web.internal.workspace.Workspace.UnknownStrategy;

/**
 * What the API answers for a failure: the HTTP status and the JSON body {@code {error, status, ...details}}
 * (400 bad request, 404 unknown, 409 stale version with {@code currentVersion} and {@code changes}, 422 refused
 * value, 500 internal error). Used for failed requests and for failed background jobs alike.
 *
 * @param status the HTTP status
 * @param body the JSON body
 */
public record ErrorAnswer(int status, Map<String, Object> body) {

    /** The answer for a failure. */
    public static ErrorAnswer of(Exception e) {
        int status;
        Map<String, Object> details = new LinkedHashMap<>();
        if (e instanceof ApiError error) {
            status = error.status();
            details.putAll(error.details());
        } else if (e instanceof VersionConflict conflict) {
            status = 409;
            details.put("currentVersion", conflict.currentVersion());
            details.put("changes", conflict.changesSince());
        } else if (e instanceof UnknownStrategy) {
            status = 404;
        } else if (e instanceof EntityException entity) {
            status = switch (entity.reason()) {
                case NOT_FOUND, UNKNOWN_KIND -> 404;
                case INVALID -> 422;
            };
        } else if (e instanceof StrategyFileException) {
            status = 422;
        } else if (e instanceof IllegalArgumentException) {
            status = 400;
        } else {
            status = 500;
        }
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        if (status == 500 && !(e instanceof ApiError)) {
            message = "The workbench failed: " + e + (e.getCause() != null ? " (caused by " + e.getCause() + ")" : "");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("status", status);
        body.putAll(details);
        return new ErrorAnswer(status, body);
    }
}
