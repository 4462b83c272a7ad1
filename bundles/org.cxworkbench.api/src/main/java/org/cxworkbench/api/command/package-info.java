/**
 * CX Workbench API, command contracts. See docs/plugins.md for the compatibility promise:
 * a minor version adds, a major version breaks.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.cxworkbench.api.command;
