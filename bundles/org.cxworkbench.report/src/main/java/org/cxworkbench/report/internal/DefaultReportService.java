package org.cxworkbench.report.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.cxworkbench.api.failure.PluginFailureLog;
import org.cxworkbench.api.report.ReportDocument;
import org.cxworkbench.api.report.ReportRenderer;
import org.cxworkbench.api.report.ReportSection;
import org.cxworkbench.api.report.ReportService;
import org.cxworkbench.model.Strategy;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The report service: a whiteboard of {@link ReportSection} services (ordered by
 * {@link ReportSection#ORDER}) and {@link ReportRenderer} services (keyed by {@link ReportRenderer#FORMAT}).
 * Sections and renderers run with time limits (see {@link Config}); failures are recorded in the
 * {@link PluginFailureLog}, if one is installed.
 */
@Component(service = { ReportService.class, ReportBuilder.class })
@Designate(ocd = DefaultReportService.Config.class)
public final class DefaultReportService implements ReportService, ReportBuilder {

    /** Configuration (PID {@code org.cxworkbench.report.internal.DefaultReportService}). */
    @ObjectClassDefinition(name = "CX Workbench report")
    public @interface Config {
        @AttributeDefinition(description = "Seconds a section may take before it is replaced by a notice")
        int section_timeout_seconds() default 20;

        @AttributeDefinition(description = "Seconds a renderer may take to write its file before it is stopped "
                + "and the format is reported as not written")
        int renderer_timeout_seconds() default 120;
    }

    private final Map<ServiceReference<ReportSection>, SectionEntry> sections = new ConcurrentHashMap<>();
    private final Map<ServiceReference<ReportRenderer>, ReportRenderer> renderers = new ConcurrentHashMap<>();
    private volatile ReportLimits limits = ReportLimits.DEFAULTS;
    private volatile PluginFailureLog failureLog;

    @Activate
    @Modified
    void configure(Config config) {
        limits = new ReportLimits(Duration.ofSeconds(Math.max(1, config.section_timeout_seconds())),
                Duration.ofSeconds(Math.max(1, config.renderer_timeout_seconds())));
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

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSection(ReportSection section, ServiceReference<ReportSection> reference) {
        Object id = reference.getProperty(ReportSection.ID);
        Object order = reference.getProperty(ReportSection.ORDER);
        sections.put(reference, new SectionEntry(id == null ? "section-" + reference.getProperty("service.id")
                : id.toString(), toInt(order), bundleOf(reference), section));
    }

    void removeSection(ReportSection section, ServiceReference<ReportSection> reference) {
        sections.remove(reference);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addRenderer(ReportRenderer renderer, ServiceReference<ReportRenderer> reference) {
        renderers.put(reference, renderer);
    }

    void removeRenderer(ReportRenderer renderer, ServiceReference<ReportRenderer> reference) {
        renderers.remove(reference);
    }

    private ReportAssembler assembler() {
        Map<String, RendererEntry> byFormat = new java.util.TreeMap<>();
        renderers.forEach((reference, renderer) -> {
            Object format = reference.getProperty(ReportRenderer.FORMAT);
            if (format != null) {
                byFormat.putIfAbsent(format.toString(), new RendererEntry(format.toString(), bundleOf(reference),
                        renderer));
            }
        });
        return new ReportAssembler(new ArrayList<>(sections.values()), byFormat, limits, failureLog);
    }

    @Override
    public ReportDocument build(Strategy strategy, String period, Locale locale) {
        return buildReport(strategy, period, locale).document();
    }

    @Override
    public List<String> formats() {
        return assembler().formats();
    }

    @Override
    public List<Path> write(Strategy strategy, String period, Locale locale, List<String> formats, Path directory)
            throws IOException {
        ReportAssembler assembler = assembler();
        assembler.checkFormats(formats, locale);
        WrittenReport written = assembler.write(assembler.build(strategy, period, locale), formats, directory);
        if (!written.failures().isEmpty()) {
            throw new IOException(String.join("; ", written.failures().stream().map(FormatFailure::describe).toList())
                    + (written.files().isEmpty() ? "" : "; written: " + written.files()));
        }
        return written.files();
    }

    @Override
    public BuiltReport buildReport(Strategy strategy, String period, Locale locale) {
        return assembler().build(strategy, period, locale);
    }

    @Override
    public void checkFormats(List<String> formats, Locale locale) {
        assembler().checkFormats(formats, locale);
    }

    @Override
    public WrittenReport writeReport(BuiltReport report, List<String> formats, Path directory) {
        return assembler().write(report, formats, directory);
    }

    /** The symbolic name of the bundle that registered the service ({@code ?} once it is gone). */
    private static String bundleOf(ServiceReference<?> reference) {
        Bundle bundle = reference.getBundle();
        return bundle == null ? "?" : bundle.getSymbolicName();
    }

    private static int toInt(Object value) {
        if (value instanceof Number n) {
            return n.intValue();
        }
        try {
            return value == null ? Integer.MAX_VALUE : Integer.parseInt(value.toString().trim());
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
