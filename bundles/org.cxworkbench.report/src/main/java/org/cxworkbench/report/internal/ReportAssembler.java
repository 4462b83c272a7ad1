package org.cxworkbench.report.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeoutException;

import org.cxworkbench.api.failure.PluginFailureLog;
import org.cxworkbench.api.report.ReportDocument;
import org.cxworkbench.containment.FailureLogs;
import org.cxworkbench.containment.TimeLimitedCalls;
import org.cxworkbench.measure.api.Periods;
import org.cxworkbench.model.Organisation;
import org.cxworkbench.model.Strategy;
import org.eclipse.emf.common.util.URI;

/**
 * Builds the report from a snapshot of the registered sections and writes it with a snapshot of the
 * registered renderers. Independent of OSGi so it can be tested with plain objects.
 *
 * <p>Sections and renderers are contained: each runs on a worker thread with its time limit. A failing
 * section becomes a notice (see {@link SectionRunner}); a renderer that throws, writes nothing or runs out of
 * time costs only its own format, whose earlier file is left untouched, and the other formats are still
 * written. Failures are recorded in the {@link PluginFailureLog}, if one is installed.
 */
public final class ReportAssembler {

    /** The formats written when none are asked for. */
    public static final List<String> DEFAULT_FORMATS = List.of("xlsx", "pdf");

    private final List<SectionEntry> sections;
    private final Map<String, RendererEntry> renderers;
    private final ReportLimits limits;
    private final PluginFailureLog failureLog;

    /**
     * @param renderers the renderers by format
     * @param failureLog where failures are recorded, or {@code null}
     */
    public ReportAssembler(List<SectionEntry> sections, Map<String, RendererEntry> renderers, ReportLimits limits,
            PluginFailureLog failureLog) {
        List<SectionEntry> ordered = new ArrayList<>(sections);
        ordered.sort(Comparator.comparingInt(SectionEntry::order).thenComparing(SectionEntry::id)
                .thenComparing(SectionEntry::bundle));
        this.sections = List.copyOf(ordered);
        this.renderers = new TreeMap<>(renderers);
        this.limits = limits;
        this.failureLog = failureLog;
    }

    /** The installed formats, sorted. */
    public List<String> formats() {
        return List.copyOf(renderers.keySet());
    }

    /** Builds the document; failing sections become notices. */
    public BuiltReport build(Strategy strategy, String period, Locale locale) {
        if (!Periods.isValid(period)) {
            throw new IllegalArgumentException(ReportMessages.forLocale(locale).get("error.period", period));
        }
        ReportMessages messages = ReportMessages.forLocale(locale);
        SectionRunner.Result result = new SectionRunner(limits.section(), messages, failureLog)
                .run(sections, new StrategyReportContext(strategy, period, locale));
        ReportDocument document = new ReportDocument(messages.get("report.title"),
                messages.get("report.subtitle", organisationName(strategy), period), period,
                locale.toLanguageTag(), result.sections(), messages.labels());
        return new BuiltReport(document, result.outcomes(), fileBase(strategy) + "-" + period);
    }

    /** Checks that every format has a renderer, before any work is done. */
    public void checkFormats(List<String> formats, Locale locale) {
        ReportMessages messages = ReportMessages.forLocale(locale);
        for (String format : formats) {
            if (!renderers.containsKey(format)) {
                String installed = renderers.isEmpty() ? messages.get("error.format.none")
                        : String.join(", ", renderers.keySet());
                String message = messages.get("error.format", format, installed);
                String hintKey = "error.format.hint." + format;
                if (messages.has(hintKey)) {
                    message += " " + messages.get(hintKey);
                }
                throw new IllegalArgumentException(message);
            }
        }
    }

    /**
     * Writes one file per format into the directory, atomically, in the order asked. A format whose renderer
     * fails is reported in the result and not written; the others are.
     */
    public WrittenReport write(BuiltReport report, List<String> formats, Path directory) {
        checkFormats(formats, Locale.forLanguageTag(report.document().locale()));
        List<Path> files = new ArrayList<>();
        List<FormatFailure> failures = new ArrayList<>();
        try (TimeLimitedCalls calls = new TimeLimitedCalls("cxw-report-renderer")) {
            for (String format : formats) {
                RendererEntry entry = renderers.get(format);
                String reason;
                try {
                    files.add(ReportFileWriter.write(entry, report.document(), directory, report.fileBase(), calls,
                            limits.renderer()));
                    continue;
                } catch (TimeoutException e) {
                    reason = "did not finish within " + TimeLimitedCalls.describe(limits.renderer())
                            + " and was stopped";
                } catch (CancellationException e) {
                    reason = "was interrupted";
                } catch (ReportFileWriter.Garbage e) {
                    reason = "answered garbage: " + e.getMessage();
                } catch (IOException | RuntimeException | LinkageError | StackOverflowError e) {
                    reason = "failed: " + e.getClass().getSimpleName()
                            + (e.getMessage() == null || e.getMessage().isBlank() ? "" : ": " + e.getMessage());
                }
                FormatFailure failure = new FormatFailure(format, entry.bundle(), reason);
                failures.add(failure);
                FailureLogs.record(failureLog, entry.bundle(), PluginFailureLog.REPORT_FORMAT, format,
                        failure.describe());
            }
        }
        return new WrittenReport(files, failures);
    }

    private static String organisationName(Strategy strategy) {
        Organisation organisation = strategy.getOrganisation();
        if (organisation != null && organisation.getName() != null && !organisation.getName().isBlank()) {
            return organisation.getName();
        }
        return strategy.getName() == null ? "" : strategy.getName();
    }

    /** The strategy file's name without extension, or a name made from the strategy's name. */
    static String fileBase(Strategy strategy) {
        if (strategy.eResource() != null && strategy.eResource().getURI() != null) {
            URI uri = strategy.eResource().getURI().trimFileExtension();
            String last = uri.lastSegment();
            if (last != null && !last.isBlank()) {
                return URI.decode(last);
            }
        }
        String name = strategy.getName() == null ? "" : strategy.getName();
        String base = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        return base.isEmpty() ? "strategy" : base;
    }
}
