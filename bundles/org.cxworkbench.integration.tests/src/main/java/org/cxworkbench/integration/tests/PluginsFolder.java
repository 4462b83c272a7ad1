package org.cxworkbench.integration.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.BooleanSupplier;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;

/** The plugins folder the framework watches in these tests, and the plugin jars the build copied. */
final class PluginsFolder {

    static final Path WATCHED = Path.of("target/it-plugins");
    static final Path BUILT = Path.of("target/test-plugins");

    private PluginsFolder() {
    }

    /** Copies a built plugin jar into the watched folder in one atomic step, as a user's copy would end. */
    static void drop(String jar) throws Exception {
        Files.createDirectories(WATCHED);
        Path tmp = WATCHED.resolve(jar + ".part");
        Files.copy(BUILT.resolve(jar), tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, WATCHED.resolve(jar), StandardCopyOption.ATOMIC_MOVE);
    }

    /** Deletes every jar from the watched folder and waits until the named bundles are gone. */
    static void empty(BundleContext context, String... symbolicNames) throws Exception {
        Files.createDirectories(WATCHED);
        try (var jars = Files.list(WATCHED)) {
            for (Path jar : jars.toList()) {
                Files.delete(jar);
            }
        }
        waitFor(() -> {
            for (String name : symbolicNames) {
                if (bundle(context, name) != null) {
                    return false;
                }
            }
            return true;
        }, "plugins to be uninstalled");
    }

    static Bundle bundle(BundleContext context, String symbolicName) {
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        return null;
    }

    /** Whether a service of the type with the filter is registered. */
    static boolean hasService(BundleContext context, Class<?> type, String filter) {
        try {
            return !context.getServiceReferences(type, filter).isEmpty();
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(100);
        }
    }
}
