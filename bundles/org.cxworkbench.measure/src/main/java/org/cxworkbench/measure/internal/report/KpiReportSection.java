package org.cxworkbench.measure.internal.report;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.cxworkbench.api.kpi.KpiResult;
import org.cxworkbench.api.kpi.KpiService;
import org.cxworkbench.api.report.Block;
import org.cxworkbench.api.report.BulletList;
import org.cxworkbench.api.report.Chart;
import org.cxworkbench.api.report.Heading;
import org.cxworkbench.api.report.KeyFigures;
import org.cxworkbench.api.report.Paragraph;
import org.cxworkbench.api.report.ReportContext;
import org.cxworkbench.api.report.ReportSection;
import org.cxworkbench.api.report.ReportSectionService;
import org.cxworkbench.api.report.Section;
import org.cxworkbench.api.report.Status;
import org.cxworkbench.measure.api.Periods;
import org.cxworkbench.measure.internal.calc.CustomerFigures;
import org.cxworkbench.measure.internal.calc.Segments;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.KpiKind;
import org.cxworkbench.model.Strategy;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The report's KPI section: an overview of the report period against the one before, per KPI definition a
 * table by period and segment keeping the counts (rates as live formulas), the NPS distribution, trend
 * lines over the last up to 8 periods, churn and retention with both labelled variants, response time and
 * time to resolution, and the warnings.
 */
@Component(service = ReportSection.class)
@ReportSectionService(id = KpiReportSection.ID, order = 700)
public final class KpiReportSection implements ReportSection {

    static final String ID = "kpis";
    static final int TREND_PERIODS = 8;

    private final KpiService kpis;

    @Activate
    public KpiReportSection(@Reference KpiService kpis) {
        this.kpis = kpis;
    }

    @Override
    public Section build(ReportContext context) {
        ReportTexts texts = new ReportTexts(context.locale());
        Strategy strategy = context.strategy();
        String period = context.period();
        List<String> trend = context.trendPeriods(TREND_PERIODS);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(texts.get("intro")));
        List<KpiTables.Row> rows = rows(strategy, trend);
        if (rows.isEmpty()) {
            blocks.add(new Paragraph(texts.format("none", period)));
            return new Section(ID, texts.get("title"), blocks);
        }
        overview(strategy, period, texts).ifPresent(figures -> {
            blocks.add(new Heading(1, texts.format("heading.overview", period)));
            blocks.add(figures);
        });
        KpiTables tables = new KpiTables(texts);
        List<KpiDefinition> durationDefinitions = new ArrayList<>();
        for (KpiDefinition d : strategy.getKpiDefinitions()) {
            List<KpiTables.Row> own = rows.stream().filter(r -> r.result().code().equals(d.getCode())
                    && r.result().hasValue()).toList();
            if (own.isEmpty()) {
                continue;
            }
            KpiKind kind = d.getKind();
            if (kind == KpiKind.RESPONSE_TIME || kind == KpiKind.RESOLUTION_TIME) {
                durationDefinitions.add(d);
                continue;
            }
            if (kind == KpiKind.CHURN || kind == KpiKind.RETENTION) {
                continue;
            }
            blocks.add(new Heading(1, texts.format("heading.definition", d.getName() == null ? d.getCode() : d.getName())));
            switch (kind) {
                case NPS -> blocks.add(tables.nps(d, own.stream().filter(r -> r.result().details().containsKey("promoters")).toList()));
                case CSAT -> blocks.add(tables.csat(d, own.stream().filter(r -> r.result().details().containsKey("topBox")).toList()));
                case CES, CUSTOM_RATING -> blocks.add(tables.mean(d, own));
                case YES_NO -> blocks.add(tables.yesNo(d, own));
                default -> blocks.add(new Paragraph(d.getCode() + ": " + d.getFormula()));
            }
        }
        List<CustomerFigures> customers = customerFigures(strategy, trend);
        if (!customers.isEmpty()) {
            blocks.add(new Heading(1, texts.get("heading.customers")));
            blocks.add(tables.customers(customers));
        }
        if (!durationDefinitions.isEmpty()) {
            blocks.add(new Heading(1, texts.get("heading.durations")));
            List<String> codes = durationDefinitions.stream().map(KpiDefinition::getCode).toList();
            blocks.add(tables.durations(strategy, durationDefinitions,
                    rows.stream().filter(r -> codes.contains(r.result().code()) && r.result().hasValue()).toList()));
        }
        KpiCharts charts = new KpiCharts(texts);
        npsDistribution(strategy, period).ifPresent(nps -> {
            blocks.add(new Heading(1, texts.get("heading.distribution")));
            blocks.add(charts.distribution(nps));
        });
        List<Chart> trends = trendCharts(strategy, trend, charts);
        if (!trends.isEmpty()) {
            blocks.add(new Heading(1, texts.get("heading.trends")));
            blocks.addAll(trends);
        }
        List<String> warnings = rows.stream().filter(r -> r.period().equals(period))
                .flatMap(r -> r.result().warnings().stream().map(w -> texts.format("warning.line", r.result().code(),
                        r.period(), texts.segment(r.segmentKey()), w)))
                .toList();
        if (!warnings.isEmpty()) {
            blocks.add(new Heading(1, texts.get("heading.warnings")));
            blocks.add(new BulletList(warnings));
        }
        return new Section(ID, texts.get("title"), blocks);
    }

    /** Every KPI result of the trend periods, overall and for every segment with data. */
    private List<KpiTables.Row> rows(Strategy strategy, List<String> periods) {
        List<KpiTables.Row> rows = new ArrayList<>();
        List<String> dimensions = Segments.dimensions(strategy);
        for (String p : periods) {
            Set<String> seen = new LinkedHashSet<>();
            for (KpiResult r : kpis.compute(strategy, p, null)) {
                rows.add(new KpiTables.Row(p, r.segmentKey(), r));
                seen.add(r.code() + "\u0000" + r.segmentKey());
            }
            for (String dimension : dimensions) {
                for (KpiResult r : kpis.compute(strategy, p, dimension)) {
                    if (seen.add(r.code() + "\u0000" + r.segmentKey())) {
                        rows.add(new KpiTables.Row(p, r.segmentKey(), r));
                    }
                }
            }
        }
        return rows;
    }

    private Optional<KeyFigures> overview(Strategy strategy, String period, ReportTexts texts) {
        NumberFormat number = NumberFormat.getNumberInstance(texts.locale());
        number.setMinimumFractionDigits(1);
        number.setMaximumFractionDigits(1);
        String previous = Periods.isValid(period) ? Periods.previous(period) : null;
        List<KeyFigures.KeyFigure> figures = new ArrayList<>();
        for (KpiDefinition d : strategy.getKpiDefinitions()) {
            Optional<KpiResult> now = kpis.value(strategy, d, period, "").filter(KpiResult::hasValue);
            if (now.isEmpty()) {
                continue;
            }
            Optional<KpiResult> before = previous == null ? Optional.empty()
                    : kpis.value(strategy, d, previous, "").filter(KpiResult::hasValue);
            String value = number.format(now.get().value()) + " " + (d.getUnit() == null ? "" : d.getUnit());
            String detail;
            Status status = Status.NEUTRAL;
            if (before.isPresent()) {
                double change = now.get().value() - before.get().value();
                detail = texts.format("figure.change", (change >= 0 ? "+" : "") + number.format(change), previous);
                if (change != 0) {
                    status = (change > 0) == d.isHigherIsBetter() ? Status.GOOD : Status.BAD;
                }
            } else {
                detail = previous == null ? "" : texts.format("figure.noPrevious", previous);
            }
            if (!now.get().warnings().isEmpty() && status != Status.BAD) {
                status = Status.WARNING;
            }
            figures.add(new KeyFigures.KeyFigure(d.getCode() + " v" + d.getVersion(), value.trim(), detail, status));
        }
        return figures.isEmpty() ? Optional.empty() : Optional.of(new KeyFigures(figures));
    }

    private Optional<KpiResult> npsDistribution(Strategy strategy, String period) {
        return strategy.getKpiDefinitions().stream().filter(d -> d.getKind() == KpiKind.NPS)
                .map(d -> kpis.value(strategy, d, period, ""))
                .flatMap(Optional::stream)
                .filter(r -> r.hasValue() && r.details().containsKey("promoters"))
                .findFirst();
    }

    private List<Chart> trendCharts(Strategy strategy, List<String> periods, KpiCharts charts) {
        List<Chart> result = new ArrayList<>();
        for (KpiDefinition d : strategy.getKpiDefinitions()) {
            List<KpiResult> values = new ArrayList<>();
            boolean any = false;
            for (String p : periods) {
                KpiResult r = kpis.value(strategy, d, p, "").orElse(null);
                values.add(r);
                any |= r != null && r.hasValue();
            }
            if (any) {
                result.add(charts.trend(d, periods, values));
            }
        }
        return result;
    }

    private static List<CustomerFigures> customerFigures(Strategy strategy, List<String> periods) {
        List<CustomerFigures> figures = new ArrayList<>();
        for (String p : periods) {
            TreeSet<String> segments = new TreeSet<>();
            strategy.getCustomerCounts().stream().filter(c -> p.equals(c.getPeriod()))
                    .forEach(c -> segments.add(Segments.key(c.getSegmentKey())));
            for (String segment : segments) {
                CustomerFigures.of(strategy, p, segment).filter(f -> f.hasStart() && f.counts().isSetAtEnd())
                        .ifPresent(figures::add);
            }
        }
        return figures;
    }
}
