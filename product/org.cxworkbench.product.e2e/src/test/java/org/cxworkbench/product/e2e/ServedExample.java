package org.cxworkbench.product.e2e;

import java.net.URI;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A browser test class's own copy of {@code examples/acme}, served by {@code cxw serve} of the exported product
 * for all its tests and stopped and deleted afterwards. Fails at once, naming what is missing, without Chromium.
 *
 * <pre>
 * &#64;RegisterExtension
 * static final ServedExample served = new ServedExample("move");
 * </pre>
 */
final class ServedExample implements BeforeAllCallback, AfterAllCallback {

    private final String name;
    private Path folder;
    private ProductServer server;

    /** @param name the name of the copy (a folder below the module's target folder) */
    ServedExample(String name) {
        this.name = name;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Browser.requireChromium();
        folder = ProductServer.exampleFolder(name);
        server = ProductServer.serve(folder);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (server != null) {
            server.close();
        }
        ProductServer.delete(folder);
    }

    /** The served folder. */
    Path folder() {
        return folder;
    }

    /** The address of the workbench. */
    URI base() {
        return server.base();
    }
}
