package org.cxworkbench.web.internal.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cxworkbench.api.kpi.KpiResult;
import org.cxworkbench.api.kpi.KpiService;
import org.cxworkbench.measure.api.Periods;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.Strategy;

/**
 * Each KPI over the last {@value #PERIODS} periods up to the dashboard's period (all respondents), one
 * series per KPI with a value in any of them; leading periods without any value are left out.
 */
final class Trends {

    static final int PERIODS = 8;

    private Trends() {
    }

    static Map<String, Object> of(KpiService kpis, Strategy strategy, String period) {
        List<String> window = Periods.trend(period, PERIODS);
        List<Map<String, Object>> series = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        for (KpiDefinition definition : strategy.getKpiDefinitions()) {
            double[] v = new double[window.size()];
            boolean any = false;
            String unit = definition.getUnit();
            for (int i = 0; i < window.size(); i++) {
                var result = kpis.value(strategy, definition, window.get(i), "");
                v[i] = result.map(KpiResult::value).orElse(Double.NaN);
                any |= !Double.isNaN(v[i]);
                if (result.isPresent() && result.get().unit() != null) {
                    unit = result.get().unit();
                }
            }
            if (any) {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("code", definition.getCode());
                s.put("name", definition.getName());
                s.put("unit", unit);
                s.put("higherIsBetter", definition.isHigherIsBetter());
                series.add(s);
                values.add(v);
            }
        }
        int first = 0;
        while (first < window.size() - 1 && allMissing(values, first)) {
            first++;
        }
        for (int i = 0; i < series.size(); i++) {
            List<Double> list = new ArrayList<>();
            for (int j = first; j < window.size(); j++) {
                list.add(values.get(i)[j]);
            }
            series.get(i).put("values", list);
        }
        Map<String, Object> trends = new LinkedHashMap<>();
        trends.put("periods", window.subList(first, window.size()));
        trends.put("series", series);
        return trends;
    }

    private static boolean allMissing(List<double[]> values, int index) {
        return values.stream().allMatch(v -> Double.isNaN(v[index]));
    }
}
