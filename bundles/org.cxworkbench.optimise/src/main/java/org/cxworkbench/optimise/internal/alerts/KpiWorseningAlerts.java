package org.cxworkbench.optimise.internal.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.cxworkbench.api.kpi.KpiResult;
import org.cxworkbench.api.kpi.KpiService;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.optimise.api.Alert;
import org.cxworkbench.optimise.api.AlertKind;
import org.cxworkbench.optimise.api.AlertSeverity;
import org.cxworkbench.plan.api.ReportingPeriod;

/**
 * A KPI that got worse two periods in a row: its values in the last three periods with data, the last being
 * the period asked about, each worse than the one before by the definition's polarity (lower for a
 * higher-is-better KPI such as NPS, higher for a lower-is-better one such as churn or time to resolution).
 */
final class KpiWorseningAlerts implements AlertSource {

    private final KpiService kpis;

    KpiWorseningAlerts(KpiService kpis) {
        this.kpis = kpis;
    }

    @Override
    public List<Alert> alerts(Strategy strategy, ReportingPeriod period) {
        List<Alert> alerts = new ArrayList<>();
        List<ReportingPeriod> periods = KpiHistory.periodsUpTo(kpis, strategy, period, Integer.MAX_VALUE);
        for (KpiDefinition definition : strategy.getKpiDefinitions()) {
            List<KpiResult> values = lastThreeValues(strategy, definition, periods);
            if (values.size() == 3 && values.get(2).period().equals(period.text())
                    && worse(definition, values.get(1), values.get(0)) && worse(definition, values.get(2), values.get(1))) {
                alerts.add(new Alert(AlertKind.KPI_WORSENING, AlertSeverity.WARNING, definition.getCode(),
                        definition.getName() + " (" + definition.getCode() + ") got worse two periods in a row ("
                                + (definition.isHigherIsBetter() ? "higher" : "lower") + " is better)",
                        evidence(definition, values)));
            }
        }
        return alerts;
    }

    private List<KpiResult> lastThreeValues(Strategy strategy, KpiDefinition definition, List<ReportingPeriod> periods) {
        List<KpiResult> values = new ArrayList<>();
        for (int i = periods.size() - 1; i >= 0 && values.size() < 3; i--) {
            Optional<KpiResult> result = kpis.value(strategy, definition, periods.get(i).text(), "");
            result.filter(KpiResult::hasValue).ifPresent(r -> values.add(0, r));
        }
        return values;
    }

    private static boolean worse(KpiDefinition definition, KpiResult now, KpiResult before) {
        return definition.isHigherIsBetter() ? now.value() < before.value() : now.value() > before.value();
    }

    private static String evidence(KpiDefinition definition, List<KpiResult> values) {
        StringBuilder text = new StringBuilder(definition.getCode());
        String unit = definition.getUnit() == null || definition.getUnit().isBlank() ? "" : " " + definition.getUnit();
        for (int i = 0; i < values.size(); i++) {
            KpiResult r = values.get(i);
            text.append(i == 0 ? " " : " -> ").append(String.format(Locale.ROOT, "%.1f", r.value())).append(unit)
                    .append(" (").append(r.period()).append(", n=").append(r.n()).append(')');
        }
        return text.toString();
    }
}
