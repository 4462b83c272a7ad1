package org.cxworkbench.web.tests;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * Starts the web workbench in this framework through the same machinery as {@code cxw serve}: the
 * {@code WebServerControl} component of the web bundle configures the web components and Felix HTTP (Jetty)
 * through Configuration Admin. The component is internal to the web bundle, so it is called by name.
 *
 * <p>Every start uses a new free port and waits until the server on it answers for the new folder (and, with a
 * token, refuses requests without it), so a test never talks to the server of an earlier configuration.
 */
final class WebServer {

    static final Path EXAMPLES = Path.of("../../examples").toAbsolutePath().normalize();

    private static final String CONTROL = "org.cxworkbench.web.internal.server.WebServerControl";

    /** A route of every part of the API (each part is its own component). */
    static final List<String> CORE_PATHS = List.of("/session", "/strategies", "/kinds", "/strategies/{id}/status",
            "/strategies/{id}/goals", "/strategies/{id}/views/{command}", "/strategies/{id}/uploads",
            "/strategies/{id}/imports", "/strategies/{id}/reports", "/jobs/{jobId}", "/strategies/{id}/dashboard",
            "/strategies/{id}/panels");

    private WebServer() {
    }

    /** Serves {@code folder} on 127.0.0.1 without an access token; returns the base address. */
    static URI start(BundleContext context, Path folder) throws Exception {
        return start(context, folder, "");
    }

    /** Serves {@code folder} on 127.0.0.1, with the access token {@code token} unless it is empty. */
    static URI start(BundleContext context, Path folder, String token) throws Exception {
        initialiseLog4j(context);
        int port = freePort();
        ServiceReference<?> ref = context.getServiceReference(CONTROL);
        if (ref == null) {
            throw new AssertionError("the web bundle's WebServerControl component is not registered");
        }
        Object control = context.getService(ref);
        String address;
        try {
            Method start = control.getClass().getMethod("start", Path.class, Path.class, String.class, int.class,
                    String.class);
            address = (String) start.invoke(control, folder, null, "127.0.0.1", port, token);
        } catch (InvocationTargetException e) {
            throw new AssertionError("WebServerControl.start failed: " + e.getCause(), e.getCause());
        } finally {
            context.ungetService(ref);
        }
        if (!address.equals("http://127.0.0.1:" + port + "/")) {
            throw new AssertionError("the server says it listens at " + address + ", not on port " + port);
        }
        URI base = URI.create(address);
        awaitConfigured(base, folder, token);
        return base;
    }

    /**
     * What {@code cxw serve} does on the launcher's thread before serving (the web bundle's Log4jStartup): log4j-api's
     * activator holds a start-up lock on the thread that started the framework until a log4j provider starts, so
     * the first use of log4j on another thread (POI in a report job) would wait forever. The tests run on the
     * tester's main thread, which started the framework here.
     */
    private static void initialiseLog4j(BundleContext context) {
        for (org.osgi.framework.Bundle bundle : context.getBundles()) {
            if ("org.apache.logging.log4j.api".equals(bundle.getSymbolicName())) {
                try {
                    Class<?> logManager = bundle.loadClass("org.apache.logging.log4j.LogManager");
                    Class.forName(logManager.getName(), true, logManager.getClassLoader());
                } catch (ClassNotFoundException | RuntimeException | LinkageError e) {
                    throw new AssertionError("log4j could not be initialised: " + e, e);
                }
            }
        }
    }

    /** Waits until the web components have the new settings (Configuration Admin delivers them asynchronously). */
    private static void awaitConfigured(URI base, Path folder, String token) throws Exception {
        String expected = folder.toAbsolutePath().normalize().toString();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                Api anonymous = new Api(base);
                Api.Response session = anonymous.get("/api/session");
                last = session.status() + " " + session.body();
                if (token.isEmpty() && session.status() == 200
                        && expected.equals(session.json().get("workspace").getAsString())
                        && everyPartRegistered(anonymous)) {
                    return;
                }
                if (!token.isEmpty() && session.status() == 401) {
                    Api signedIn = new Api(base).bearer(token);
                    Api.Response signed = signedIn.get("/api/session");
                    last = signed.status() + " " + signed.body();
                    if (signed.status() == 200 && expected.equals(signed.json().get("workspace").getAsString())
                            && everyPartRegistered(signedIn)) {
                        return;
                    }
                }
            } catch (IOException notYet) {
                last = notYet.toString();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the web workbench at " + base + " did not serve " + expected
                + (token.isEmpty() ? "" : " with a token") + " within 60 s; last answer: " + last);
    }

    /**
     * Whether every part of the API has registered its routes: the parts are whiteboard services that come up one by
     * one after a configuration change, and a test must not meet a 404 of a part that is still starting.
     */
    private static boolean everyPartRegistered(Api api) throws IOException, InterruptedException {
        Api.Response openapi = api.get("/api/openapi.json");
        if (openapi.status() != 200) {
            return false;
        }
        var paths = openapi.json().getAsJsonObject("paths");
        for (String path : CORE_PATHS) {
            if (!paths.has(path)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Changes one setting of the running web workbench (configuration {@code org.cxworkbench.web}, as
     * {@code WebServerControl} wrote it) and waits until the session shows it, e.g. {@code uploadMaxBytes}.
     */
    static void setting(BundleContext context, URI base, String name, Object value) throws Exception {
        ServiceReference<org.osgi.service.cm.ConfigurationAdmin> ref =
                context.getServiceReference(org.osgi.service.cm.ConfigurationAdmin.class);
        org.osgi.service.cm.ConfigurationAdmin admin = context.getService(ref);
        try {
            org.osgi.service.cm.Configuration configuration = admin.getConfiguration("org.cxworkbench.web", "?");
            java.util.Dictionary<String, Object> properties = configuration.getProperties();
            properties.put(name, value);
            configuration.update(properties);
        } finally {
            context.ungetService(ref);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            try {
                Api.Response session = new Api(base).get("/api/session");
                last = session.body();
                if (session.status() == 200 && session.json().has(name)
                        && String.valueOf(value).equals(session.json().get(name).getAsString())) {
                    return;
                }
            } catch (IOException notYet) {
                last = notYet.toString();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the session did not show " + name + "=" + value + " within 60 s: " + last);
    }

    /** Calls a public method of a component of the web bundle by class name (its packages are internal). */
    static Object call(BundleContext context, String className, String method) throws Exception {
        ServiceReference<?> ref = context.getServiceReference(className);
        if (ref == null) {
            throw new AssertionError("no component " + className + " is registered");
        }
        Object service = context.getService(ref);
        try {
            return service.getClass().getMethod(method).invoke(service);
        } finally {
            context.ungetService(ref);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    /** A new temporary folder holding a copy of the example strategy and its exports (acme.cxs, *.csv). */
    static Path exampleWorkspace(String name) throws IOException {
        Path folder = Files.createTempDirectory("cxw-web-it-" + name + "-");
        try (Stream<Path> files = Files.list(EXAMPLES.resolve("acme"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        return folder;
    }

    /** Deletes a folder made by {@link #exampleWorkspace}. */
    static void delete(Path folder) throws IOException {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
