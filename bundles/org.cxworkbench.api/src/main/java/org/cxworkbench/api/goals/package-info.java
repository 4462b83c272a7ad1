/**
 * CX Workbench API, goals contracts: the SMART check and goal progress, used by the optimisation step,
 * the report and plugins. See docs/plugins.md for the compatibility promise.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.cxworkbench.api.goals;
