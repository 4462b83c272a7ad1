package org.cxworkbench.example.plugin.fcr;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.TreeSet;

import org.cxworkbench.api.report.Block;
import org.cxworkbench.api.report.Chart;
import org.cxworkbench.api.report.Paragraph;
import org.cxworkbench.api.report.ReportContext;
import org.cxworkbench.api.report.ReportSection;
import org.cxworkbench.api.report.ReportSectionService;
import org.cxworkbench.api.report.Section;
import org.cxworkbench.api.report.Table;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.Strategy;
import org.osgi.service.component.annotations.Component;

/**
 * "First contact resolution" in the quarterly report, after the KPIs: a table per period with the counts and
 * a live formula column, the segments of the reporting period, and the trend as a line chart.
 */
@Component
@ReportSectionService(id = FcrReportSection.ID, order = 750)
public final class FcrReportSection implements ReportSection {

    static final String ID = "fcr";
    /** Periods shown in the trend chart. */
    static final int TREND_PERIODS = 8;

    @Override
    public Section build(ReportContext context) {
        Texts texts = new Texts(context.locale());
        Strategy strategy = context.strategy();
        Optional<KpiDefinition> definition = strategy.getKpiDefinitions().stream()
                .filter(d -> FcrDefinitionProvider.CODE.equals(d.getCode())).findFirst();
        List<String> periods = definition.map(d -> periods(strategy, d, context.period())).orElse(List.of());
        if (periods.isEmpty()) {
            return new Section(ID, texts.get("title"), List.of(new Paragraph(texts.get("noData"))));
        }
        KpiDefinition fcr = definition.get();
        List<Block> blocks = new ArrayList<>();
        FcrCounts current = FcrCounts.of(strategy, fcr, context.period(), "");
        blocks.add(new Paragraph(current.resolved() == 0 ? texts.get("noDataInPeriod", context.period())
                : texts.get("lead", context.period(), current.percent(), current.first(), current.resolved())));
        blocks.add(table("byPeriod", texts.get("byPeriod"), texts.get("period"), texts, periods.stream()
                .map(p -> row(p, FcrCounts.of(strategy, fcr, p, ""))).toList()));
        List<List<Table.Cell>> segments = strategy.getMeasurements().stream()
                .filter(m -> m.getKpi() == fcr && context.period().equals(m.getPeriod())
                        && m.getSegmentKey() != null && !m.getSegmentKey().isEmpty())
                .map(m -> m.getSegmentKey()).distinct().sorted()
                .map(s -> row(s, FcrCounts.of(strategy, fcr, context.period(), s))).toList();
        if (!segments.isEmpty()) {
            blocks.add(table("bySegment", texts.get("bySegment", context.period()), texts.get("segment"), texts, segments));
        }
        List<String> trend = context.trendPeriods(TREND_PERIODS);
        blocks.add(new Chart("trend", texts.get("trend"), Chart.Kind.LINE, trend,
                List.of(new Chart.Series("FCR", trend.stream().map(p -> FcrCounts.of(strategy, fcr, p, "").percent())
                        .toList())), "%"));
        blocks.add(new Paragraph(fcr.getFormula() == null ? "" : fcr.getFormula()));
        return new Section(ID, texts.get("title"), blocks);
    }

    /** The periods with FCR data up to the reporting period, oldest first. */
    private static List<String> periods(Strategy strategy, KpiDefinition fcr, String upTo) {
        TreeSet<String> periods = new TreeSet<>();
        strategy.getMeasurements().stream().filter(m -> m.getKpi() == fcr && m.getPeriod() != null)
                .filter(m -> upTo == null || m.getPeriod().compareTo(upTo) <= 0).forEach(m -> periods.add(m.getPeriod()));
        return List.copyOf(periods);
    }

    private static List<Table.Cell> row(String label, FcrCounts counts) {
        return List.of(Table.Cell.of(label), Table.Cell.of(counts.resolved()), Table.Cell.of(counts.first()),
                Table.Cell.of(counts.percent()));
    }

    private static Table table(String key, String caption, String firstHeader, Texts texts, List<List<Table.Cell>> rows) {
        return new Table(key, caption, List.of(Table.Column.of("label", firstHeader, Table.Kind.TEXT),
                Table.Column.of("resolved", texts.get("resolved"), Table.Kind.INTEGER),
                Table.Column.of("first", texts.get("first"), Table.Kind.INTEGER),
                new Table.Column("fcr", texts.get("fcr"), Table.Kind.PERCENT, "{first} / {resolved} * 100", 2)),
                rows, false);
    }

    /** The plugin's texts from {@code fcr.properties} (UTF-8) in the report's language; the web panel uses them too. */
    static final class Texts {
        private final ResourceBundle bundle;
        private final Locale locale;

        Texts(Locale locale) {
            this.locale = locale == null ? Locale.ENGLISH : locale;
            this.bundle = ResourceBundle.getBundle("org.cxworkbench.example.plugin.fcr.fcr", this.locale,
                    FcrReportSection.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        }

        String get(String key, Object... arguments) {
            String pattern = bundle.getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        }
    }
}
