/**
 * Containment of plugin services: calls on worker threads with a time limit ({@link
 * org.cxworkbench.containment.TimeLimitedCalls}), the bundle a service comes from ({@link
 * org.cxworkbench.containment.ServiceOrigin}) and recording into the optional
 * {@link org.cxworkbench.api.failure.PluginFailureLog} ({@link org.cxworkbench.containment.FailureLogs}).
 *
 * <p>Not exported: each bundle that calls plugin services embeds its own copy of this package with the bnd
 * instruction {@code -conditionalpackage: org.cxworkbench.containment}.
 */
package org.cxworkbench.containment;
