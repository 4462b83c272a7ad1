package org.cxworkbench.web.internal.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.cxworkbench.api.kpi.KpiResult;
import org.cxworkbench.api.kpi.KpiService;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.SegmentDefinition;
import org.cxworkbench.model.Strategy;

/** Every KPI per value of one segment dimension (e.g. per touchpoint) in the period, next to the overall value. */
final class SegmentComparison {

    private SegmentComparison() {
    }

    /**
     * The segment dimensions of the strategy: its segment definitions and the dimensions of its measurements,
     * durations and customer counts, sorted.
     */
    static List<String> dimensions(Strategy strategy) {
        TreeSet<String> dimensions = new TreeSet<>();
        for (SegmentDefinition segment : strategy.getSegments()) {
            String name = segment.getName() != null && !segment.getName().isBlank() ? segment.getName() : segment.getColumn();
            if (name != null && !name.isBlank()) {
                dimensions.add(name);
            }
        }
        Stream.of(strategy.getMeasurements().stream().map(m -> m.getSegmentKey()),
                strategy.getDurationMeasurements().stream().map(m -> m.getSegmentKey()),
                strategy.getCustomerCounts().stream().map(c -> c.getSegmentKey()))
                .flatMap(s -> s).filter(k -> k != null && k.indexOf('=') > 0)
                .map(k -> k.substring(0, k.indexOf('='))).forEach(dimensions::add);
        return List.copyOf(dimensions);
    }

    static Map<String, Object> of(KpiService kpis, Strategy strategy, String period, String dimension) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("dimension", dimension);
        if (dimension == null) {
            answer.put("segments", List.of());
            answer.put("kpis", List.of());
            return answer;
        }
        String prefix = dimension + "=";
        Map<String, List<KpiResult>> bySegment = new LinkedHashMap<>();
        Map<String, KpiResult> overall = new LinkedHashMap<>();
        TreeSet<String> segments = new TreeSet<>();
        for (KpiResult r : kpis.compute(strategy, period, dimension)) {
            if (r.segmentKey().isEmpty()) {
                overall.put(r.code(), r);
            } else if (r.segmentKey().startsWith(prefix)) {
                bySegment.computeIfAbsent(r.code(), c -> new ArrayList<>()).add(r);
                segments.add(r.segmentKey().substring(prefix.length()));
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (KpiDefinition definition : strategy.getKpiDefinitions()) {
            List<KpiResult> results = bySegment.get(definition.getCode());
            if (results == null || rows.stream().anyMatch(r -> r.get("code").equals(definition.getCode()))) {
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", definition.getCode());
            row.put("name", definition.getName());
            row.put("unit", results.get(0).unit());
            row.put("higherIsBetter", definition.isHigherIsBetter());
            KpiResult all = overall.get(definition.getCode());
            row.put("overall", all == null ? Double.NaN : all.value());
            List<Map<String, Object>> values = new ArrayList<>();
            for (KpiResult r : results) {
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("segment", r.segmentKey().substring(prefix.length()));
                v.put("value", r.value());
                v.put("n", r.n());
                v.put("warnings", r.warnings());
                values.add(v);
            }
            row.put("values", values);
            rows.add(row);
        }
        answer.put("segments", List.copyOf(segments));
        answer.put("kpis", rows);
        return answer;
    }
}
