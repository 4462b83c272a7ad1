package org.cxworkbench.web.internal.http;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Small fakes of servlet requests and responses for unit tests: only the methods the web bundle calls are
 * answered; any other call fails the test, so a fake never silently answers {@code null}.
 */
final class FakeHttp {

    private FakeHttp() {
    }

    /** A request under construction. */
    static final class Request {
        private final String method;
        private final String uri;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private final List<Cookie> cookies = new ArrayList<>();
        private byte[] body = new byte[0];
        private String contentType;

        Request(String method, String uri) {
            this.method = method;
            this.uri = uri;
            headers.put("host", "127.0.0.1:8080");
        }

        Request header(String name, String value) {
            if (value == null) {
                headers.remove(name.toLowerCase(Locale.ROOT));
            } else {
                headers.put(name.toLowerCase(Locale.ROOT), value);
            }
            return this;
        }

        Request cookie(String name, String value) {
            cookies.add(new Cookie(name, value));
            return this;
        }

        Request body(String contentType, String text) {
            this.contentType = contentType;
            this.body = text.getBytes(StandardCharsets.UTF_8);
            return this;
        }

        HttpServletRequest build() {
            return (HttpServletRequest) Proxy.newProxyInstance(FakeHttp.class.getClassLoader(),
                    new Class<?>[] { HttpServletRequest.class }, (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getRequestURI" -> uri;
                    case "getPathInfo" -> uri.startsWith("/api") ? uri.substring(4) : uri;
                    case "getHeader" -> headers.get(((String) args[0]).toLowerCase(Locale.ROOT));
                    case "getCookies" -> cookies.isEmpty() ? null : cookies.toArray(new Cookie[0]);
                    case "getContentType" -> contentType;
                    case "getContentLengthLong" -> (long) body.length;
                    case "getReader" -> new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body),
                            StandardCharsets.UTF_8));
                    case "getInputStream" -> input(body);
                    case "toString" -> "FakeRequest " + method + " " + uri;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException("the fake request does not answer " + m.getName());
                    });
        }
    }

    /** What a filter or servlet answered. */
    static final class Response {
        int status = 200;
        final Map<String, String> headers = new LinkedHashMap<>();
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        String contentType;
        boolean committed;

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String text() {
            return body.toString(StandardCharsets.UTF_8);
        }

        HttpServletResponse build() {
            ServletOutputStream out = new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public void write(int b) {
                    committed = true;
                    body.write(b);
                }
            };
            return (HttpServletResponse) Proxy.newProxyInstance(FakeHttp.class.getClassLoader(),
                    new Class<?>[] { HttpServletResponse.class }, (proxy, m, args) -> {
                        switch (m.getName()) {
                        case "setStatus" -> status = (Integer) args[0];
                        case "getStatus" -> {
                            return status;
                        }
                        case "setHeader" -> {
                            if (args[1] == null) {
                                headers.remove(((String) args[0]).toLowerCase(Locale.ROOT));
                            } else {
                                headers.put(((String) args[0]).toLowerCase(Locale.ROOT), (String) args[1]);
                            }
                        }
                        case "setContentType" -> contentType = (String) args[0];
                        case "setContentLength", "setContentLengthLong" -> headers.put("content-length",
                                String.valueOf(args[0]));
                        case "getOutputStream" -> {
                            return out;
                        }
                        case "isCommitted" -> {
                            return committed;
                        }
                        case "resetBuffer" -> body.reset();
                        case "toString" -> {
                            return "FakeResponse " + status;
                        }
                        case "hashCode" -> {
                            return System.identityHashCode(proxy);
                        }
                        case "equals" -> {
                            return proxy == args[0];
                        }
                        default -> throw new UnsupportedOperationException(
                                "the fake response does not answer " + m.getName());
                        }
                        return null;
                    });
        }
    }

    private static ServletInputStream input(byte[] body) {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
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
                throw new UnsupportedOperationException();
            }

            @Override
            public int read() {
                return in.read();
            }
        };
    }
}
