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

import org.cxworkbench.api.report.ReportDocument;
import org.cxworkbench.api.report.ReportRenderer;
import org.cxworkbench.model.Organisation;
import org.cxworkbench.model.Strategy;
import org.eclipse.emf.common.util.URI;

/**
 * Builds the report from a snapshot of the registered sections and writes it with a snapshot of the
 * registered renderers. Independent of OSGi so it can be tested with plain objects.
 */
public final class ReportAssembler {

    /** The formats written when none are asked for. */
    public static final List<String> DEFAULT_FORMATS = List.of("xlsx", "pdf");

    private final List<SectionEntry> sections;
    private final Map<String, ReportRenderer> renderers;
    private final Duration sectionTimeout;

    public ReportAssembler(List<SectionEntry> sections, Map<String, ReportRenderer> renderers,
            Duration sectionTimeout) {
        List<SectionEntry> ordered = new ArrayList<>(sections);
        ordered.sort(Comparator.comparingInt(SectionEntry::order).thenComparing(SectionEntry::id)
                .thenComparing(SectionEntry::bundle));
        this.sections = List.copyOf(ordered);
        this.renderers = new TreeMap<>(renderers);
        this.sectionTimeout = sectionTimeout;
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
        SectionRunner.Result result = new SectionRunner(sectionTimeout, messages)
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

    /** Writes one file per format into the directory, atomically, in the order asked. */
    public List<Path> write(BuiltReport report, List<String> formats, Path directory) throws IOException {
        checkFormats(formats, Locale.forLanguageTag(report.document().locale()));
        List<Path> files = new ArrayList<>();
        for (String format : formats) {
            files.add(ReportFileWriter.write(renderers.get(format), report.document(), directory,
                    report.fileBase()));
        }
        return files;
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
