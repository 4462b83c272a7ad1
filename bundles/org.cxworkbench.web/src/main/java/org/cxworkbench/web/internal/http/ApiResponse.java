package org.cxworkbench.web.internal.http;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An answer with a status other than 200, extra headers, or a file to download. Handlers may also return
 * any other value, which is sent as JSON with status 200.
 *
 * @param status the HTTP status
 * @param body the value sent as JSON, or {@code null}
 * @param file a file sent as it is, or {@code null}
 * @param contentType the content type of the file
 * @param headers extra headers
 */
public record ApiResponse(int status, Object body, Path file, String contentType, Map<String, String> headers) {

    /** A JSON answer with a status. */
    public static ApiResponse json(int status, Object body) {
        return new ApiResponse(status, body, null, null, new LinkedHashMap<>());
    }

    /** A file sent as an attachment named {@code downloadName}. */
    public static ApiResponse download(Path file, String contentType, String downloadName) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Disposition", "attachment; filename=\"" + downloadName.replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
        return new ApiResponse(200, null, file, contentType, headers);
    }

    /** This answer with one more header. */
    public ApiResponse header(String name, String value) {
        headers.put(name, value);
        return this;
    }
}
