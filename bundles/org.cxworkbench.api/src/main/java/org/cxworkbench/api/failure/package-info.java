/**
 * CX Workbench API, failure contracts: the {@link org.cxworkbench.api.failure.PluginFailureLog}, where the
 * workbench remembers recent runtime failures of plugin services (a rule that threw, a calculator that did
 * not answer in time, a survey source that stalled) so that {@code cxw plugins} can show them. See
 * docs/plugins.md for the compatibility promise: a minor version adds, a major version breaks.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.cxworkbench.api.failure;
