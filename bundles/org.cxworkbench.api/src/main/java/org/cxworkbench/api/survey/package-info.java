/**
 * CX Workbench API, survey contracts: the {@link org.cxworkbench.api.survey.SurveySource} extension point
 * through which survey exports are read row by row (CSV and XLSX built in; plugins add formats), and the
 * row, header and column types a source hands out. See docs/plugins.md for the compatibility promise:
 * a minor version adds, a major version breaks.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.cxworkbench.api.survey;
