/**
 * Step 8, measure: helpers other bundles (survey importers, goals, optimisation) use to create the
 * workbench's KPI definitions for any supported scale and to work with periods. A minor version adds, a
 * major version breaks.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.cxworkbench.measure.api;
