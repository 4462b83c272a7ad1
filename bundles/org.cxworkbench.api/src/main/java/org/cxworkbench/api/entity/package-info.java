/**
 * CX Workbench API, entity contracts. See docs/plugins.md for the compatibility promise:
 * a minor version adds, a major version breaks.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.cxworkbench.api.entity;
