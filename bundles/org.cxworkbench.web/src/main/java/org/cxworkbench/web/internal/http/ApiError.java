package org.cxworkbench.web.internal.http;

import java.util.LinkedHashMap;
import java.util.Map;

/** An answer other than success: an HTTP status, a message for the user and optional details. */
public final class ApiError extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient Map<String, Object> details = new LinkedHashMap<>();

    public ApiError(int status, String message) {
        super(message);
        this.status = status;
    }

    public ApiError(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** 400: the request itself is wrong (missing field, bad value). */
    public static ApiError badRequest(String message) {
        return new ApiError(400, message);
    }

    /** 404: no such strategy, element or file. */
    public static ApiError notFound(String message) {
        return new ApiError(404, message);
    }

    /** Adds a detail to the JSON answer. */
    public ApiError with(String key, Object value) {
        details.put(key, value);
        return this;
    }

    public int status() {
        return status;
    }

    public Map<String, Object> details() {
        return details;
    }
}
