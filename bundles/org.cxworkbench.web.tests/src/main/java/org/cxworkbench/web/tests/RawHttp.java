package org.cxworkbench.web.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A plain HTTP/1.1 request over a socket, for what {@link java.net.http.HttpClient} refuses to send: a
 * {@code Host} header other than the address connected to (as a browser sends after DNS rebinding).
 */
final class RawHttp {

    /** The status code and the whole answer (headers and body). */
    record Answer(int status, String text) {
    }

    private RawHttp() {
    }

    /**
     * Sends the request line and headers only (a {@code Content-Length} among them announces a body that is never
     * sent) and reads the answer, as the server gives it before reading any body.
     */
    static Answer send(URI base, String method, String path, String host, Map<String, String> headers)
            throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            StringBuilder request = new StringBuilder();
            request.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
            if (host != null) {
                request.append("Host: ").append(host).append("\r\n");
            }
            headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            if (!headers.containsKey("Content-Length")) {
                request.append("Content-Length: 0\r\n");
            }
            request.append("Connection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            try {
                in.transferTo(answer);
            } catch (java.net.SocketException reset) {
                // the server may reset a connection whose announced body it did not read; the answer came first
                if (answer.size() == 0) {
                    throw reset;
                }
            }
            String text = answer.toString(StandardCharsets.UTF_8);
            if (!text.startsWith("HTTP/1.1 ")) {
                throw new AssertionError("not an HTTP answer: " + text);
            }
            return new Answer(Integer.parseInt(text.substring(9, 12)), text);
        }
    }
}
