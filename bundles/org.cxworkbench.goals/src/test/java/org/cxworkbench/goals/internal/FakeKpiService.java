package org.cxworkbench.goals.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.cxworkbench.api.kpi.KpiResult;
import org.cxworkbench.api.kpi.KpiService;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.Strategy;

/** KPI values given by the test: code, period and segment to value. */
final class FakeKpiService implements KpiService {

    private final Map<String, Double> values = new LinkedHashMap<>();
    private final TreeSet<String> periods = new TreeSet<>();

    FakeKpiService put(String code, String period, double value) {
        return put(code, period, "", value);
    }

    FakeKpiService put(String code, String period, String segment, double value) {
        values.put(code + "|" + period + "|" + segment, value);
        periods.add(period);
        return this;
    }

    @Override
    public List<String> periods(Strategy strategy) {
        return new ArrayList<>(periods);
    }

    @Override
    public List<KpiResult> compute(Strategy strategy, String period, String segmentDimension) {
        return List.of();
    }

    @Override
    public Optional<KpiResult> value(Strategy strategy, KpiDefinition definition, String period, String segmentKey) {
        Double value = values.get(definition.getCode() + "|" + period + "|" + segmentKey);
        if (value == null) {
            return Optional.empty();
        }
        return Optional.of(new KpiResult(definition.getCode(), definition.getName(), 1, period, segmentKey, value,
                definition.getUnit(), 100, Map.of(), List.of()));
    }
}
