package org.cxworkbench.api.report;

import java.util.List;

/**
 * A chart as data: categories along the x axis and one or more series of values. Spreadsheets write
 * native charts, PDFs draw vector graphics.
 *
 * @param key a stable key within the section
 * @param title the chart title
 * @param kind line or bar
 * @param categories x axis labels (periods, stages, buckets)
 * @param series the series; each has one value per category ({@code NaN} for none)
 * @param valueAxisLabel the y axis label, e.g. {@code points}
 */
public record Chart(String key, String title, Kind kind, List<String> categories, List<Series> series,
        String valueAxisLabel) implements Block {

    /** The kind of chart. */
    public enum Kind {
        LINE, BAR
    }

    /** One series. */
    public record Series(String name, List<Double> values) {
        public Series {
            values = List.copyOf(values);
        }
    }

    public Chart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("chart " + key + ": series " + s.name() + " has "
                        + s.values().size() + " values for " + categories.size() + " categories");
            }
        }
    }
}
