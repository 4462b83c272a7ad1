/**
 * Competitor rank tracking for other steps, e.g. the optimisation step's alerts on rank changes of the top
 * keywords. A minor version adds, a major version breaks.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.cxworkbench.competitors.api;
