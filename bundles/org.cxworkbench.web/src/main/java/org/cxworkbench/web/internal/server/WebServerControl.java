package org.cxworkbench.web.internal.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.concurrent.TimeUnit;

import org.cxworkbench.web.internal.workspace.WebSettings;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.runtime.HttpServiceRuntime;
import org.osgi.service.servlet.runtime.HttpServiceRuntimeConstants;

/**
 * Starts the web workbench through Configuration Admin: the settings of the web components (PID
 * {@value WebSettings#PID}) and the address of Felix HTTP (PID {@value #HTTP_PID}, which the product keeps
 * disabled until then), and waits until Jetty listens.
 */
@Component(service = WebServerControl.class)
public final class WebServerControl {

    /** The configuration PID of Felix HTTP (Jetty). */
    static final String HTTP_PID = "org.apache.felix.http";

    private static final long START_TIMEOUT_SECONDS = 30;

    private final ConfigurationAdmin configurations;
    private final BundleContext context;

    @Activate
    public WebServerControl(@Reference ConfigurationAdmin configurations, BundleContext context) {
        this.configurations = configurations;
        this.context = context;
    }

    /**
     * Configures and starts the server.
     *
     * @return the address it listens on, e.g. {@code http://127.0.0.1:8080/}
     * @throws IOException if it does not listen within 30 s (for example because the port is taken)
     */
    public String start(Path folder, Path file, String host, int port, String token) throws IOException {
        return start(folder, file, host, port, token, WebSettings.DEFAULT_UPLOAD_MAX_BYTES);
    }

    /**
     * Configures and starts the server, accepting uploads up to {@code uploadMaxBytes}.
     *
     * @return the address it listens on
     * @throws IOException if it does not listen within 30 s
     */
    public String start(Path folder, Path file, String host, int port, String token, long uploadMaxBytes)
            throws IOException {
        // port 0: pick the free port here, so that the endpoint waited for is this start's and not the one of a
        // server this runtime already runs (cxw shell, serve --detach twice), which Jetty is about to close
        int chosen = port == 0 ? freePort(host) : port;
        Hashtable<String, Object> web = new Hashtable<>();
        web.put("workspace", folder.toAbsolutePath().normalize().toString());
        web.put("file", file == null ? "" : file.toAbsolutePath().normalize().toString());
        web.put("token", token);
        web.put("uploadMaxBytes", uploadMaxBytes);
        update(WebSettings.PID, web);
        Hashtable<String, Object> http = new Hashtable<>();
        http.put("org.apache.felix.http.enable", Boolean.TRUE);
        http.put("org.osgi.service.http.port", chosen);
        http.put("org.apache.felix.http.host", host);
        http.put("org.apache.felix.http.name", "cxw");
        http.put("org.apache.felix.http.jetty.sendServerHeader", Boolean.FALSE);
        update(HTTP_PID, http);
        return awaitEndpoint(host, chosen);
    }

    private static int freePort(String host) throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(host))) {
            return socket.getLocalPort();
        }
    }

    private void update(String pid, Dictionary<String, Object> properties) throws IOException {
        Configuration configuration = configurations.getConfiguration(pid, "?");
        configuration.update(properties);
    }

    private String awaitEndpoint(String host, int port) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_TIMEOUT_SECONDS);
        while (System.nanoTime() < deadline) {
            String endpoint = endpoint(port);
            if (endpoint != null) {
                return endpoint.replace("://0.0.0.0:", "://" + host + ":");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while starting the web server", e);
            }
        }
        throw new IOException("the web server did not start on " + host + ":" + port + " within "
                + START_TIMEOUT_SECONDS + " s; is the port taken by another program? (try --port N)");
    }

    private String endpoint(int port) throws IOException {
        try {
            for (ServiceReference<HttpServiceRuntime> ref : context.getServiceReferences(HttpServiceRuntime.class, null)) {
                Object value = ref.getProperty(HttpServiceRuntimeConstants.HTTP_SERVICE_ENDPOINT);
                String endpoint = value instanceof String[] array && array.length > 0 ? array[0]
                        : value instanceof java.util.Collection<?> c && !c.isEmpty() ? String.valueOf(c.iterator().next())
                        : value instanceof String s ? s : null;
                if (endpoint != null && endpoint.matches("https?://.+:\\d+/?.*")
                        && (endpoint.contains(":" + port + "/") || endpoint.endsWith(":" + port))) {
                    return endpoint.endsWith("/") ? endpoint : endpoint + "/";
                }
            }
            return null;
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
