package org.cxworkbench.api.failure;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Remembers recent runtime failures of plugin services: a service that threw, did not answer within its
 * time limit, or answered garbage, and was skipped or replaced by a message. {@code cxw plugins} lists them
 * per plugin bundle. The workbench records into it wherever it calls an extension point; plugins may record
 * their own failures too.
 *
 * <p>The log keeps only recent failures (the workbench keeps the last 200). Because every {@code cxw} command
 * runs in a fresh runtime, the workbench also keeps them in a small file, so that a later {@code cxw plugins}
 * shows what failed in an earlier command; in a long-running runtime ({@code cxw shell}) the failures of that
 * runtime are what counts. Recording never throws and never blocks for long: callers need not guard it.
 *
 * <p>Use it through an optional {@code @Reference}: a bundle must work the same without it.
 */
@ProviderType
public interface PluginFailureLog {

    /** Extension point name of {@code org.cxworkbench.api.rules.StepRule}. */
    String STEP_RULE = "step-rule";
    /** Extension point name of {@code org.cxworkbench.api.kpi.KpiDefinitionProvider}. */
    String KPI_DEFINITIONS = "kpi-definitions";
    /** Extension point name of {@code org.cxworkbench.api.kpi.KpiCalculator}. */
    String KPI_CALCULATOR = "kpi-calculator";
    /** Extension point name of {@code org.cxworkbench.api.survey.SurveySource}. */
    String SURVEY_SOURCE = "survey-source";
    /** Extension point name of {@code org.cxworkbench.api.report.ReportSection}. */
    String REPORT_SECTION = "report-section";
    /** Extension point name of {@code org.cxworkbench.api.report.ReportRenderer}. */
    String REPORT_FORMAT = "report-format";
    /** Extension point name of {@code org.cxworkbench.api.command.CxwCommand}. */
    String COMMAND = "command";
    /** Extension point name of {@code org.cxworkbench.api.entity.EntityKind}. */
    String ENTITY = "entity";
    /** Extension point name of {@code org.cxworkbench.api.web.WebPanel}. */
    String WEB_PANEL = "web-panel";

    /**
     * Records a failure that happened now. The same failure (same bundle, extension point, service and message)
     * recorded again shortly after is kept once.
     *
     * @param bundleSymbolicName the bundle that registered the failing service
     * @param extensionPoint one of the constants of this interface, e.g. {@link #KPI_CALCULATOR}
     * @param serviceDescription which of the bundle's services failed, e.g. a calculator id or a report format
     * @param message what went wrong and what the workbench did about it
     */
    void record(String bundleSymbolicName, String extensionPoint, String serviceDescription, String message);

    /** The recent failures, oldest first. */
    List<PluginFailure> recent();
}
