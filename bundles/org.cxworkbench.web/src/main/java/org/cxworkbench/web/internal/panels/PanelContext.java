package org.cxworkbench.web.internal.panels;

import java.util.List;
import java.util.Locale;

import org.cxworkbench.api.report.ReportContext;
import org.cxworkbench.measure.api.Periods;
import org.cxworkbench.model.Strategy;

/**
 * What a web panel gets: the strategy (to read, never to change), the page's period and the page's locale;
 * trend periods as in the report: the period and those before it, oldest first.
 */
record PanelContext(Strategy strategy, String period, Locale locale) implements ReportContext {

    @Override
    public List<String> trendPeriods(int count) {
        return Periods.trend(period, Math.max(1, count));
    }
}
