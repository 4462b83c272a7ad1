package org.cxworkbench.api.web;

import java.util.List;

import org.cxworkbench.api.report.Block;
import org.cxworkbench.api.report.ReportContext;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A panel a plugin adds to a page of the web workbench, registered as a whiteboard service with
 * {@link WebPanelService}. A panel is made of the same {@link Block}s as a report section (headings,
 * paragraphs, key figures, tables, charts, notices); the workbench draws them and escapes all text, so a
 * panel never writes HTML. A panel that throws or takes longer than a few seconds is shown as a notice
 * naming it; the page still works.
 */
@ConsumerType
public interface WebPanel {

    /** Service property: the panel id, unique per placement. */
    String ID = "cxw.web.panel.id";

    /** Service property: the panel title shown above it. */
    String TITLE = "cxw.web.panel.title";

    /**
     * Service property: where the panel appears: {@link #DASHBOARD} or {@code step-N} for the page of
     * workflow step N (1 to 9).
     */
    String PLACEMENT = "cxw.web.panel.placement";

    /** Placement on the KPI dashboard. */
    String DASHBOARD = "dashboard";

    /** The panel's content for the strategy and period of the page. */
    List<Block> render(ReportContext context) throws Exception;
}
