/**
 * The implementation plan of a CX strategy (workflow step 6) as a timeline: tactics with their goals and
 * opportunities, ordered steps with owners, dates and status, and which steps are overdue or unowned on a
 * given day. Step 9 (optimisation) and reports build on it. A minor version adds, a major version breaks.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.cxworkbench.plan.api;
