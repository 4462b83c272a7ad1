/**
 * Survey import services other bundles reuse: {@link org.cxworkbench.survey.api.SurveyImporter} imports an
 * export file into a strategy, and {@link org.cxworkbench.survey.api.ResponseAggregator} is the aggregation
 * core it runs on (count, sum, sum of squares and one bin per score value, per KPI, period and segment),
 * usable by any source of answers, for example a warehouse query that groups answers itself.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.cxworkbench.survey.api;
