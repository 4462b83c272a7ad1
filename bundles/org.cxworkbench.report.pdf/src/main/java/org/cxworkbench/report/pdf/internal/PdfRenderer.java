package org.cxworkbench.report.pdf.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.Set;

import com.lowagie.text.DocumentException;
import org.cxworkbench.api.report.ReportDocument;
import org.cxworkbench.api.report.ReportRenderer;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code pdf} report format. Renders in two passes: the first learns where each section starts and how
 * many pages there are, the second writes the table of contents, footers and the missing-glyph notice with
 * them. A third pass runs only if the second paginated differently.
 */
@Component(service = ReportRenderer.class, property = ReportRenderer.FORMAT + "=pdf")
public final class PdfRenderer implements ReportRenderer {

    private static final int MAX_PASSES = 4;

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public void render(ReportDocument document, OutputStream out) throws IOException {
        try {
            PdfPass pass = new PdfPass(document);
            PdfPass.Result result = pass.run(Map.of(), 0, Set.of());
            for (int i = 1; i < MAX_PASSES; i++) {
                PdfPass.Result next = pass.run(result.sectionPages(), result.pages(), result.missingGlyphs());
                boolean stable = next.pages() == result.pages() && next.sectionPages().equals(result.sectionPages())
                        && next.missingGlyphs().equals(result.missingGlyphs());
                result = next;
                if (stable) {
                    break;
                }
            }
            out.write(result.pdf());
        } catch (DocumentException e) {
            throw new IOException("the PDF could not be written: " + e.getMessage(), e);
        }
    }
}
