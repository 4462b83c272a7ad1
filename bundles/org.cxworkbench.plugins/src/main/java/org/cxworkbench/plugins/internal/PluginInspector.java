package org.cxworkbench.plugins.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.cxworkbench.api.command.CxwCommand;
import org.cxworkbench.api.entity.EntityKind;
import org.cxworkbench.api.failure.PluginFailure;
import org.cxworkbench.api.failure.PluginFailureLog;
import org.cxworkbench.api.kpi.KpiCalculator;
import org.cxworkbench.api.kpi.KpiDefinitionProvider;
import org.cxworkbench.api.report.ReportRenderer;
import org.cxworkbench.api.report.ReportSection;
import org.cxworkbench.api.rules.StepRule;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Finds the bundles installed from the plugins folder and tells their state, contributions and failures.
 * A plugin that cannot resolve, or whose component fails to activate, is reported with the reason; the
 * framework isolates it and everything else keeps running. Runtime failures of plugin services (a rule that
 * threw, a calculator that did not answer in time) come from the {@link PluginFailureLog}, which also holds
 * those of earlier {@code cxw} runs.
 */
@Component(service = PluginInspector.class)
public final class PluginInspector {

    /** The framework property naming the watched plugins folder (Felix FileInstall). */
    static final String PLUGINS_DIR = "felix.fileinstall.dir";

    private static final Map<String, String> EXTENSION_POINTS = Map.of(
            StepRule.class.getName(), PluginFailureLog.STEP_RULE,
            KpiCalculator.class.getName(), PluginFailureLog.KPI_CALCULATOR,
            KpiDefinitionProvider.class.getName(), PluginFailureLog.KPI_DEFINITIONS,
            ReportSection.class.getName(), PluginFailureLog.REPORT_SECTION,
            ReportRenderer.class.getName(), PluginFailureLog.REPORT_FORMAT,
            CxwCommand.class.getName(), PluginFailureLog.COMMAND,
            EntityKind.class.getName(), PluginFailureLog.ENTITY,
            "org.cxworkbench.api.survey.SurveySource", PluginFailureLog.SURVEY_SOURCE,
            "org.cxworkbench.api.web.WebPanel", PluginFailureLog.WEB_PANEL);

    private final BundleContext context;
    private final ServiceComponentRuntime scr;
    private volatile PluginFailureLog failureLog;

    @Activate
    public PluginInspector(BundleContext context, @Reference ServiceComponentRuntime scr) {
        this.context = context;
        this.scr = scr;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setFailureLog(PluginFailureLog log) {
        failureLog = log;
    }

    void unsetFailureLog(PluginFailureLog log) {
        if (failureLog == log) {
            failureLog = null;
        }
    }

    /** The plugins folder, or null if none is configured. */
    String pluginsFolder() {
        return context.getProperty(PLUGINS_DIR);
    }

    /** Every bundle installed from the plugins folder, sorted by name. */
    List<PluginInfo> plugins() {
        String folder = pluginsFolder();
        List<PluginInfo> list = new ArrayList<>();
        if (folder == null) {
            return list;
        }
        String folderUri = new java.io.File(folder).getAbsoluteFile().toURI().toString();
        List<PluginFailure> recent = recentFailures();
        for (Bundle bundle : context.getBundles()) {
            String location = bundle.getLocation();
            if (location.startsWith(folderUri) || location.contains("/" + new java.io.File(folder).getName() + "/")
                    && location.endsWith(".jar")) {
                list.add(inspect(bundle, location, recent));
            }
        }
        list.sort((a, b) -> a.name().compareTo(b.name()));
        return list;
    }

    /**
     * The recent runtime failures of bundles that are not in the list of plugins (plugins removed since, and the
     * workbench's own bundles), newest first.
     */
    List<PluginFailure> otherFailures(List<PluginInfo> plugins) {
        Set<String> listed = plugins.stream().map(PluginInfo::name).collect(Collectors.toSet());
        return recentFailures().stream().filter(f -> !listed.contains(f.bundle())).toList();
    }

    /** Where failures are kept between runs, and whether that works, for the first lines of the listing. */
    String failureLogDescription() {
        PluginFailureLog log = failureLog;
        if (log == null) {
            return "(not installed: runtime failures are not recorded)";
        }
        if (log instanceof RecentPluginFailures recent) {
            String where = recent.file().map(Object::toString).orElse("(kept in memory only)");
            return recent.fileProblem() == null ? where : where + " (" + recent.fileProblem() + ")";
        }
        return log.getClass().getName();
    }

    /** Every recorded failure, newest first. */
    private List<PluginFailure> recentFailures() {
        PluginFailureLog log = failureLog;
        if (log == null) {
            return List.of();
        }
        List<PluginFailure> failures = new ArrayList<>(log.recent());
        failures.sort(Comparator.comparing(PluginFailure::time).reversed());
        return failures;
    }

    private PluginInfo inspect(Bundle bundle, String location, List<PluginFailure> recent) {
        List<String> failures = new ArrayList<>();
        if (bundle.getState() == Bundle.INSTALLED) {
            failures.add(resolveFailure(bundle));
        }
        List<String> contributes = new ArrayList<>();
        ServiceReference<?>[] services = bundle.getRegisteredServices();
        if (services != null) {
            for (ServiceReference<?> ref : services) {
                for (String type : (String[]) ref.getProperty(Constants.OBJECTCLASS)) {
                    String point = EXTENSION_POINTS.get(type);
                    if (point != null) {
                        contributes.add(point + ":" + serviceName(ref));
                    }
                }
            }
        }
        contributes.sort(String::compareTo);
        for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs(bundle)) {
            if (!description.defaultEnabled) {
                continue;
            }
            for (ComponentConfigurationDTO configuration : scr.getComponentConfigurationDTOs(description)) {
                if (configuration.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                    failures.add("component " + description.name + " failed to activate: "
                            + summary(configuration.failure));
                } else if (configuration.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE) {
                    for (UnsatisfiedReferenceDTO ref : configuration.unsatisfiedReferences) {
                        failures.add("component " + description.name + " waits for " + ref.name + " ("
                                + ref.target + ")");
                    }
                }
            }
        }
        String name = bundle.getSymbolicName() == null ? location : bundle.getSymbolicName();
        return new PluginInfo(name, String.valueOf(bundle.getVersion()), fileName(location), stateName(bundle),
                contributes, failures, recent.stream().filter(f -> f.bundle().equals(name)).toList());
    }

    private static String resolveFailure(Bundle bundle) {
        try {
            bundle.start(Bundle.START_TRANSIENT);
            return "it did not resolve at first and was started now";
        } catch (BundleException e) {
            return "cannot resolve: " + e.getMessage();
        } catch (RuntimeException e) {
            return "cannot start: " + e;
        }
    }

    private static String serviceName(ServiceReference<?> ref) {
        for (String key : new String[] {"cxw.report.section.id", "cxw.report.format", "cxw.rule.id", "cxw.command",
                "cxw.kpi.calculator", "cxw.entity.noun", "cxw.survey.source", "cxw.web.panel.id", "component.name"}) {
            Object value = ref.getProperty(key);
            if (value != null) {
                return String.valueOf(value);
            }
        }
        return String.valueOf(ref.getProperty(Constants.SERVICE_ID));
    }

    /**
     * A failure as SCR reports it (an exception with its stack trace) in one line: the exception and, if it has
     * one, its root cause, which is usually the plugin's own message.
     */
    static String summary(String failure) {
        if (failure == null) {
            return "(no reason given)";
        }
        String[] lines = failure.strip().split("\\R");
        String first = lines[0].strip();
        String cause = null;
        for (String line : lines) {
            if (line.startsWith("Caused by: ")) {
                cause = line.substring("Caused by: ".length()).strip();
            }
        }
        return cause == null || cause.equals(first) ? first : first + ", caused by " + cause;
    }

    private static String fileName(String location) {
        int slash = location.lastIndexOf('/');
        return slash >= 0 ? location.substring(slash + 1) : location;
    }

    static String stateName(Bundle bundle) {
        switch (bundle.getState()) {
            case Bundle.ACTIVE:
                return "ACTIVE";
            case Bundle.RESOLVED:
                return "RESOLVED";
            case Bundle.STARTING:
                return "STARTING";
            case Bundle.STOPPING:
                return "STOPPING";
            case Bundle.INSTALLED:
                return "INSTALLED";
            default:
                return "UNINSTALLED";
        }
    }
}
