package org.cxworkbench.report.internal;

import java.util.List;
import java.util.Locale;

import org.cxworkbench.api.report.ReportContext;
import org.cxworkbench.measure.api.Periods;
import org.cxworkbench.model.Strategy;

/** The context every section gets. */
record StrategyReportContext(Strategy strategy, String period, Locale locale) implements ReportContext {

    @Override
    public List<String> trendPeriods(int count) {
        return Periods.trend(period, Math.max(1, count));
    }
}
