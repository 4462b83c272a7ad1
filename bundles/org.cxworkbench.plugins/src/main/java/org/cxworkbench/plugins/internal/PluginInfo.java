package org.cxworkbench.plugins.internal;

import java.util.List;

import org.cxworkbench.api.failure.PluginFailure;

/**
 * One plugin as {@code cxw plugins} shows it.
 *
 * @param name the bundle's symbolic name
 * @param version the bundle version
 * @param file the jar in the plugins folder
 * @param state ACTIVE, RESOLVED, INSTALLED (not resolvable), STARTING or STOPPING
 * @param contributes the extension points it registers services for, e.g. {@code report-section:fcr}
 * @param failures why it or one of its components does not work; empty when all is well
 * @param recentFailures recent runtime failures of its services (from the {@code PluginFailureLog}), newest
 *        first; empty when none were recorded
 */
record PluginInfo(String name, String version, String file, String state, List<String> contributes,
        List<String> failures, List<PluginFailure> recentFailures) {
}
