/**
 * CX Workbench API, web workbench contracts: panels that plugins contribute to the pages of
 * {@code cxw serve}. See docs/plugins.md for the compatibility promise: a minor version adds, a major
 * version breaks.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.cxworkbench.api.web;
