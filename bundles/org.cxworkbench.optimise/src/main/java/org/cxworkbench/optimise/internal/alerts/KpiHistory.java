package org.cxworkbench.optimise.internal.alerts;

import java.util.ArrayList;
import java.util.List;

import org.cxworkbench.api.kpi.KpiService;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.plan.api.ReportingPeriod;

/** The periods with KPI data, of the same kind as a reporting period (quarters or months), up to it. */
public final class KpiHistory {

    private KpiHistory() {
    }

    /** The periods with data up to and including {@code period}, oldest first, at most {@code count}. */
    public static List<ReportingPeriod> periodsUpTo(KpiService kpis, Strategy strategy, ReportingPeriod period,
            int count) {
        List<ReportingPeriod> periods = new ArrayList<>();
        for (String text : kpis.periods(strategy)) {
            if (ReportingPeriod.isValid(text)) {
                ReportingPeriod p = ReportingPeriod.parse(text);
                if (p.sameKindAs(period) && p.compareTo(period) <= 0 && !periods.contains(p)) {
                    periods.add(p);
                }
            }
        }
        periods.sort(null);
        return periods.size() <= count ? periods : periods.subList(periods.size() - count, periods.size());
    }
}
