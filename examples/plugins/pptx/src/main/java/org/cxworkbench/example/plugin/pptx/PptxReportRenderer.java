package org.cxworkbench.example.plugin.pptx;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.cxworkbench.api.report.ReportDocument;
import org.cxworkbench.api.report.ReportRenderer;
import org.osgi.service.component.annotations.Component;

/** The {@code pptx} report format: the quarterly report as a slide deck for the steering meeting. */
@Component(service = ReportRenderer.class, property = ReportRenderer.FORMAT + "=pptx")
public final class PptxReportRenderer implements ReportRenderer {

    @Override
    public String extension() {
        return "pptx";
    }

    @Override
    public void render(ReportDocument document, OutputStream out) throws IOException {
        try (XMLSlideShow deck = new DeckWriter(DeckLabels.of(document.locale())).write(document)) {
            deck.write(out);
        }
    }
}
