/**
 * Alerts of the optimisation step (workflow step 9): what got worse or fell behind in a period, with the
 * evidence, so the team knows what to change next. A minor version adds, a major version breaks.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.cxworkbench.optimise.api;
