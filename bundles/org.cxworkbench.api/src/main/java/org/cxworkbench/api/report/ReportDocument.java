package org.cxworkbench.api.report;

import java.util.List;
import java.util.Map;

/**
 * The whole report in neutral form, handed to every {@link ReportRenderer}.
 *
 * @param title the report title
 * @param subtitle e.g. the organisation and period
 * @param period the reporting period
 * @param locale the language tag the text was produced in
 * @param sections the sections in order
 * @param labels translated labels for the renderers' own text: keys {@code contents}, {@code page},
 *        {@code pageOfTotal} (a {@link java.text.MessageFormat} pattern with {0} and {1}), {@code generatedBy}
 */
public record ReportDocument(String title, String subtitle, String period, String locale, List<Section> sections,
        Map<String, String> labels) {

    public ReportDocument {
        sections = List.copyOf(sections);
        labels = Map.copyOf(labels);
    }

    /** A label, or the key itself when missing. */
    public String label(String key) {
        return labels.getOrDefault(key, key);
    }
}
