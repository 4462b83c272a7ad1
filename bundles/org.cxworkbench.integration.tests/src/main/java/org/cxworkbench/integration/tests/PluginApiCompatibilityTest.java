package org.cxworkbench.integration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.test.common.annotation.InjectBundleContext;

/**
 * Plugins built against the API keep resolving: the pptx and FCR example plugin jars, built by Maven and bnd as
 * docs/plugins.md describes, imports the workbench packages with a consumer range {@code [1.x,2)}, the
 * workbench exports them at a version inside that range, and the plugin resolves and wires to them. If an
 * API package gets a new major version (or a plugin is built with a provider range), this test fails.
 */
class PluginApiCompatibilityTest {

    @InjectBundleContext
    BundleContext context;

    @ParameterizedTest
    // The template is installed and resolved from the plugins folder by PluginFolderTest; installing a second
    // copy of it here made that test flaky, so it is checked there, and its ranges by PluginGuideTest.
    @ValueSource(strings = {"org.cxworkbench.example.plugin.pptx", "org.cxworkbench.example.plugin.fcr"})
    void aPluginBuiltAgainstTheApiResolvesAgainstTheWorkbench(String plugin) throws Exception {
        Map<String, Version> exported = workbenchExports();
        assertFalse(exported.isEmpty(), "the workbench exports its API packages");
        exported.forEach((name, version) -> {
            if (name.startsWith("org.cxworkbench.api.")) {
                assertEquals(1, version.getMajor(), name + " " + version + ": a new major version breaks every plugin");
            }
        });

        Bundle bundle;
        try (InputStream jar = Files.newInputStream(PluginsFolder.BUILT.resolve(plugin + ".jar"))) {
            bundle = context.installBundle("compatibility-check:" + plugin, jar);
        }
        try {
            Map<String, VersionRange> imports = workbenchImports(bundle);
            assertFalse(imports.isEmpty(), plugin + " imports the API");
            imports.forEach((name, range) -> {
                // a consumer range: from the 1.x it was built against up to, not including, the next major version
                // (a provider range such as [1.1,1.2) would break with every added method)
                assertEquals(1, range.getLeft().getMajor(), plugin + " imports " + name + " " + range);
                assertEquals(VersionRange.LEFT_CLOSED, range.getLeftType(), plugin + " imports " + name + " " + range);
                assertEquals(new Version(2, 0, 0), range.getRight(), plugin + " imports " + name + " " + range
                        + " as a consumer");
                assertEquals(VersionRange.RIGHT_OPEN, range.getRightType(), plugin + " imports " + name + " " + range);
                Version version = exported.get(name);
                assertNotNull(version, plugin + " imports " + name + ", which the workbench does not export");
                assertTrue(range.includes(version), plugin + " imports " + name + " " + range + " but the workbench exports "
                        + version);
            });

            assertTrue(context.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(List.of(bundle)),
                    plugin + " does not resolve");
            List<String> wiredTo = new ArrayList<>();
            for (BundleWire wire : bundle.adapt(BundleWiring.class).getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE)) {
                String name = (String) wire.getCapability().getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE);
                if (imports.containsKey(name)) {
                    wiredTo.add(name + "@" + wire.getProvider().getSymbolicName());
                }
            }
            assertEquals(imports.size(), wiredTo.size(), "every API import is wired: " + wiredTo);
        } finally {
            bundle.uninstall();
            refresh(bundle);
        }
    }

    /** Refreshes the uninstalled bundle and waits, so no revision of it is left when the next test drops plugins. */
    private void refresh(Bundle uninstalled) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        context.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(List.of(uninstalled), event -> done.countDown());
        assertTrue(done.await(30, TimeUnit.SECONDS), "refresh after uninstalling " + uninstalled.getSymbolicName());
    }

    /** The org.cxworkbench.* packages the installed workbench bundles export, with their versions. */
    private Map<String, Version> workbenchExports() {
        Map<String, Version> exports = new TreeMap<>();
        for (Bundle b : context.getBundles()) {
            if (b.getSymbolicName() == null || !b.getSymbolicName().startsWith("org.cxworkbench.")
                    || b.getSymbolicName().startsWith("org.cxworkbench.example.")) {
                continue;
            }
            BundleRevision revision = b.adapt(BundleRevision.class);
            for (BundleCapability capability : revision.getDeclaredCapabilities(PackageNamespace.PACKAGE_NAMESPACE)) {
                String name = (String) capability.getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE);
                if (name.startsWith("org.cxworkbench.")) {
                    exports.put(name, (Version) capability.getAttributes().get(PackageNamespace.CAPABILITY_VERSION_ATTRIBUTE));
                }
            }
        }
        return exports;
    }

    /** The plugin's imports of org.cxworkbench.* packages and their version ranges, from its manifest. */
    private static Map<String, VersionRange> workbenchImports(Bundle bundle) {
        Map<String, VersionRange> imports = new TreeMap<>();
        for (var requirement : bundle.adapt(BundleRevision.class).getDeclaredRequirements(PackageNamespace.PACKAGE_NAMESPACE)) {
            String filter = requirement.getDirectives().get("filter");
            String name = between(filter, "(" + PackageNamespace.PACKAGE_NAMESPACE + "=", ")");
            if (name != null && name.startsWith("org.cxworkbench.")) {
                imports.put(name, rangeOf(filter));
            }
        }
        return imports;
    }

    /** The version range of a package requirement filter such as (&(osgi.wiring.package=x)(version>=1.0.0)(!(version>=2.0.0))). */
    private static VersionRange rangeOf(String filter) {
        String low = between(filter, "(version>=", ")");
        String high = between(filter, "(!(version>=", ")");
        return new VersionRange(VersionRange.LEFT_CLOSED, Version.parseVersion(low),
                high == null ? null : Version.parseVersion(high), VersionRange.RIGHT_OPEN);
    }

    private static String between(String text, String start, String end) {
        int i = text.indexOf(start);
        if (i < 0) {
            return null;
        }
        int from = i + start.length();
        return text.substring(from, text.indexOf(end, from));
    }
}
