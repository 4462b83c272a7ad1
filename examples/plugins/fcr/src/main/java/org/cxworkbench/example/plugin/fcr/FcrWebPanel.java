package org.cxworkbench.example.plugin.fcr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.cxworkbench.api.report.Block;
import org.cxworkbench.api.report.Chart;
import org.cxworkbench.api.report.KeyFigures;
import org.cxworkbench.api.report.Paragraph;
import org.cxworkbench.api.report.ReportContext;
import org.cxworkbench.api.report.Status;
import org.cxworkbench.api.web.WebPanel;
import org.cxworkbench.api.web.WebPanelService;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.Strategy;
import org.osgi.service.component.annotations.Component;

/**
 * First contact resolution on the KPI dashboard of the web workbench ({@code cxw serve}): the FCR of the
 * period with the counts behind it and the change against the period before (green when it rose, red when it
 * fell), and the trend over the last eight periods as a line chart. The workbench draws the blocks.
 */
@Component
@WebPanelService(id = FcrWebPanel.ID, title = "First contact resolution", placement = WebPanel.DASHBOARD)
public final class FcrWebPanel implements WebPanel {

    static final String ID = "fcr";

    @Override
    public List<Block> render(ReportContext context) {
        FcrReportSection.Texts texts = new FcrReportSection.Texts(context.locale());
        Locale locale = context.locale() == null ? Locale.ENGLISH : context.locale();
        Strategy strategy = context.strategy();
        Optional<KpiDefinition> definition = strategy.getKpiDefinitions().stream()
                .filter(d -> FcrDefinitionProvider.CODE.equals(d.getCode())).findFirst();
        if (definition.isEmpty() || strategy.getMeasurements().stream().noneMatch(m -> m.getKpi() == definition.get())) {
            return List.of(new Paragraph(texts.get("noData")));
        }
        KpiDefinition fcr = definition.get();
        String period = context.period();
        List<String> trend = new ArrayList<>(context.trendPeriods(FcrReportSection.TREND_PERIODS));
        String previousPeriod = trend.size() >= 2 ? trend.get(trend.size() - 2) : null;
        FcrCounts current = FcrCounts.of(strategy, fcr, period, "");
        List<Block> blocks = new ArrayList<>();
        if (current.resolved() == 0) {
            blocks.add(new Paragraph(texts.get("noDataInPeriod", period)));
        } else {
            FcrCounts previous = previousPeriod == null ? FcrCounts.NONE : FcrCounts.of(strategy, fcr, previousPeriod, "");
            String detail = texts.get("panel.detail", current.first(), current.resolved());
            Status status = Status.NEUTRAL;
            if (previous.resolved() > 0) {
                double change = current.percent() - previous.percent();
                detail += "; " + texts.get("panel.change", change, previousPeriod);
                status = Math.abs(change) < 0.05 ? Status.NEUTRAL : change > 0 ? Status.GOOD : Status.BAD;
            } else if (previousPeriod != null) {
                detail += "; " + texts.get("panel.noChange", previousPeriod);
            }
            blocks.add(new KeyFigures(List.of(new KeyFigures.KeyFigure(texts.get("panel.figure", period),
                    String.format(locale, "%.1f %%", current.percent()), detail, status))));
        }
        // the trend from the first period with data
        while (trend.size() > 1 && FcrCounts.of(strategy, fcr, trend.get(0), "").resolved() == 0) {
            trend.remove(0);
        }
        blocks.add(new Chart("trend", texts.get("trend"), Chart.Kind.LINE, trend, List.of(new Chart.Series("FCR",
                trend.stream().map(p -> FcrCounts.of(strategy, fcr, p, "").percent()).toList())), "%"));
        return blocks;
    }
}
