package org.cxworkbench.web.internal.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.cxworkbench.api.kpi.KpiResult;
import org.cxworkbench.api.kpi.KpiService;
import org.cxworkbench.measure.api.Periods;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.KpiKind;
import org.cxworkbench.model.Measurement;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.ValueCount;

/**
 * The NPS of the period with its distribution: promoters, passives and detractors (counts and shares, from
 * the NPS calculator), the 95 % margin of error, and the answers per score 0 to 10, which the model keeps as
 * bins of every measurement (summed over the surveys). Also the shares per period of the trend.
 */
final class NpsDistribution {

    private NpsDistribution() {
    }

    /** The distribution, or {@code null} if the strategy has no NPS definition. */
    static Map<String, Object> of(KpiService kpis, Strategy strategy, String period) {
        KpiDefinition nps = definition(strategy);
        if (nps == null) {
            return null;
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("code", nps.getCode());
        answer.put("name", nps.getName());
        answer.put("period", period);
        answer.put("promoterMin", nps.isSetPromoterMin() ? nps.getPromoterMin() : 9);
        answer.put("detractorMax", nps.isSetDetractorMax() ? nps.getDetractorMax() : 6);
        Optional<KpiResult> result = kpis.value(strategy, nps, period, "");
        answer.put("value", result.map(KpiResult::value).orElse(Double.NaN));
        answer.put("n", result.map(KpiResult::n).orElse(0L));
        for (String key : List.of("promoters", "passives", "detractors", "promotersPercent", "passivesPercent",
                "detractorsPercent", "marginOfError")) {
            answer.put(key, result.map(r -> r.detail(key)).orElse(Double.NaN));
        }
        answer.put("histogram", histogram(strategy, nps, period));
        List<Map<String, Object>> byPeriod = new ArrayList<>();
        for (String p : Periods.trend(period, Trends.PERIODS)) {
            kpis.value(strategy, nps, p, "").filter(KpiResult::hasValue).ifPresent(r -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("period", p);
                row.put("value", r.value());
                row.put("n", r.n());
                row.put("promotersPercent", r.detail("promotersPercent"));
                row.put("passivesPercent", r.detail("passivesPercent"));
                row.put("detractorsPercent", r.detail("detractorsPercent"));
                byPeriod.add(row);
            });
        }
        answer.put("byPeriod", byPeriod);
        return answer;
    }

    /** Answers per score over the whole scale, or {@code null} if the measurements keep no bins. */
    static List<Map<String, Object>> histogram(Strategy strategy, KpiDefinition nps, String period) {
        TreeMap<Integer, Long> counts = new TreeMap<>();
        for (Measurement m : strategy.getMeasurements()) {
            if (m.getKpi() == nps && period.equals(m.getPeriod())
                    && (m.getSegmentKey() == null || m.getSegmentKey().isEmpty())) {
                for (ValueCount bin : m.getBins()) {
                    counts.merge((int) Math.round(bin.getValue()), bin.getCount(), Long::sum);
                }
            }
        }
        if (counts.isEmpty()) {
            return null;
        }
        int min = Math.min(nps.getScaleMin(), counts.firstKey());
        int max = Math.max(nps.getScaleMax() > nps.getScaleMin() ? nps.getScaleMax() : 10, counts.lastKey());
        List<Map<String, Object>> histogram = new ArrayList<>();
        for (int score = min; score <= max; score++) {
            Map<String, Object> bar = new LinkedHashMap<>();
            bar.put("score", score);
            bar.put("count", counts.getOrDefault(score, 0L));
            histogram.add(bar);
        }
        return histogram;
    }

    private static KpiDefinition definition(Strategy strategy) {
        KpiDefinition found = null;
        for (KpiDefinition d : strategy.getKpiDefinitions()) {
            if (d.getKind() == KpiKind.NPS && (found == null || "NPS".equals(d.getCode()) && !"NPS".equals(found.getCode()))) {
                found = d;
            }
        }
        return found;
    }
}
