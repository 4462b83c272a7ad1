package org.cxworkbench.measure.internal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.cxworkbench.api.kpi.KpiResult;
import org.cxworkbench.api.report.Chart;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.KpiKind;

/** The KPI section's charts: the NPS distribution and one trend line chart per KPI. */
final class KpiCharts {

    private final ReportTexts texts;

    KpiCharts(ReportTexts texts) {
        this.texts = texts;
    }

    /** Promoters, passives and detractors as shares of the answers, for one period. */
    Chart distribution(KpiResult nps) {
        return new Chart("nps-distribution", texts.format("chart.distribution", nps.period()), Chart.Kind.BAR,
                List.of(texts.get("bucket.promoters"), texts.get("bucket.passives"), texts.get("bucket.detractors")),
                List.of(new Chart.Series(texts.get("series.share"), List.of(nps.detail("promotersPercent"),
                        nps.detail("passivesPercent"), nps.detail("detractorsPercent")))),
                "%");
    }

    /** The KPI over the periods (NaN where there is no value); churn and retention show both variants. */
    Chart trend(KpiDefinition d, List<String> periods, List<KpiResult> values) {
        List<Chart.Series> series = new ArrayList<>();
        KpiKind kind = d.getKind();
        if (kind == KpiKind.CHURN) {
            series.add(series(texts.get("series.churnRate"), values, r -> r.detail("churnRate")));
            series.add(series(texts.get("series.netLoss"), values, r -> r.detail("netCustomerLoss")));
        } else if (kind == KpiKind.RETENTION) {
            series.add(series(texts.get("series.retentionRate"), values, r -> r.detail("retentionRate")));
            series.add(series(texts.get("series.grossSimple"), values, r -> r.detail("grossRetentionSimple")));
        } else if (kind == KpiKind.RESPONSE_TIME || kind == KpiKind.RESOLUTION_TIME) {
            series.add(series(texts.get("series.mean"), values, KpiResult::value));
            series.add(series(texts.get("series.p90"), values, r -> r.detail("p90")));
        } else {
            series.add(series(d.getCode() + " v" + d.getVersion(), values, KpiResult::value));
        }
        String name = d.getName() == null ? d.getCode() : d.getName();
        return new Chart("trend-" + d.getCode(), texts.format("chart.trend", name, periods.size()), Chart.Kind.LINE, periods,
                series, d.getUnit() == null ? "" : d.getUnit());
    }

    private static Chart.Series series(String name, List<KpiResult> values, ToDoubleFunction<KpiResult> value) {
        List<Double> points = new ArrayList<>();
        for (KpiResult r : values) {
            points.add(r == null || !r.hasValue() ? Double.NaN : value.applyAsDouble(r));
        }
        return new Chart.Series(name, points);
    }
}
