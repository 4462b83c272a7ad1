package org.cxworkbench.web.internal.http;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Proxy;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Calls the REST API in a unit test exactly as the server does: through {@link ApiServlet} (routing, status
 * codes, JSON errors) with requests and responses that live in memory.
 */
public final class ApiHarness {

    /** What the API answered. */
    public record Answer(int status, Map<String, String> headers, byte[] body) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public JsonObject json() {
            return JsonParser.parseString(text()).getAsJsonObject();
        }

        public String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    private final ApiServlet servlet = new ApiServlet();

    /** Adds a part of the API. */
    public ApiHarness add(ApiResource resource) {
        servlet.addResource(resource);
        return this;
    }

    public ApiServlet servlet() {
        return servlet;
    }

    public Answer get(String pathAndQuery) throws Exception {
        return call("GET", pathAndQuery, Map.of(), null, null);
    }

    /** A JSON write based on {@code version}. */
    public Answer post(String pathAndQuery, String json, long version) throws Exception {
        return call("POST", pathAndQuery, Map.of(ApiRequest.VERSION_HEADER, Long.toString(version)),
                json.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    /** A raw upload; {@code declareLength} sends the Content-Length (browsers do), else it is unknown (-1). */
    public Answer upload(String pathAndQuery, byte[] body, boolean declareLength) throws Exception {
        Map<String, String> headers = declareLength ? Map.of("Content-Length", Integer.toString(body.length)) : Map.of();
        return call("POST", pathAndQuery, headers, body, "application/octet-stream");
    }

    /** Any request below {@code /api}. */
    public Answer call(String method, String pathAndQuery, Map<String, String> headers, byte[] body, String contentType)
            throws Exception {
        int q = pathAndQuery.indexOf('?');
        String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        Map<String, String> parameters = new LinkedHashMap<>();
        if (q >= 0) {
            for (String pair : pathAndQuery.substring(q + 1).split("&")) {
                int eq = pair.indexOf('=');
                parameters.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        Map<String, String> requestHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        requestHeaders.putAll(headers);
        byte[] bytes = body == null ? new byte[0] : body;
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        ServletInputStream input = new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
            }
        };
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { HttpServletRequest.class }, (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getPathInfo" -> URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
                    case "getRequestURI" -> "/api" + path;
                    // as Jetty: parameters would also be parsed from a body declared as form content
                    case "getParameter" -> {
                        if ("application/x-www-form-urlencoded".equals(contentType) && bytes.length > 0) {
                            throw new IllegalStateException("Unable to parse form content");
                        }
                        yield parameters.get((String) args[0]);
                    }
                    case "getQueryString" -> q < 0 ? null : pathAndQuery.substring(q + 1);
                    case "getHeader" -> requestHeaders.get((String) args[0]);
                    case "getContentType" -> contentType;
                    case "getContentLengthLong" -> requestHeaders.containsKey("Content-Length")
                            ? Long.parseLong(requestHeaders.get("Content-Length")) : (body == null ? 0L : -1L);
                    case "getContentLength" -> requestHeaders.containsKey("Content-Length")
                            ? Integer.parseInt(requestHeaders.get("Content-Length")) : -1;
                    case "getInputStream" -> input;
                    case "getReader" -> new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
                    case "getCharacterEncoding" -> "UTF-8";
                    case "getHeaderNames" -> Collections.enumeration(requestHeaders.keySet());
                    case "toString" -> method + " " + pathAndQuery;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> null;
                });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ServletOutputStream output = new ServletOutputStream() {
            @Override
            public void write(int b) {
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                out.write(b, off, len);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
            }
        };
        Map<String, String> responseHeaders = new LinkedHashMap<>();
        int[] status = { 200 };
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { HttpServletResponse.class }, (proxy, m, args) -> {
                    switch (m.getName()) {
                        case "setStatus" -> status[0] = (Integer) args[0];
                        case "setHeader" -> {
                            if (args[1] == null) {
                                responseHeaders.remove(((String) args[0]).toLowerCase(java.util.Locale.ROOT));
                            } else {
                                responseHeaders.put(((String) args[0]).toLowerCase(java.util.Locale.ROOT), (String) args[1]);
                            }
                        }
                        case "setContentType" -> responseHeaders.put("content-type", (String) args[0]);
                        case "getOutputStream" -> {
                            return output;
                        }
                        case "isCommitted" -> {
                            return false;
                        }
                        case "resetBuffer" -> out.reset();
                        case "hashCode" -> {
                            return System.identityHashCode(proxy);
                        }
                        case "equals" -> {
                            return proxy == args[0];
                        }
                        default -> {
                        }
                    }
                    return null;
                });
        servlet.service(request, response);
        return new Answer(status[0], responseHeaders, out.toByteArray());
    }
}
