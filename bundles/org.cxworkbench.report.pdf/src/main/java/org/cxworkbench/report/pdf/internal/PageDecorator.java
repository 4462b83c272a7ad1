package org.cxworkbench.report.pdf.internal;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Page events: records the page each section starts on and adds its bookmark (from the generic tag on the
 * section title), draws the running header (report title, current section) on every page after the cover,
 * and the footer "Page x of y" on every page.
 */
final class PageDecorator extends PdfPageEventHelper {

    static final String SECTION_TAG = "section:";

    private final ReportFonts fonts;
    private final String reportTitle;
    private final String[] sectionTitles;
    private final String pageOfTotal;
    private final Locale locale;
    private final int totalPages;
    private final Map<Integer, Integer> sectionPages = new HashMap<>();
    private String current = "";

    /** @param totalPages the page count from the previous pass, 0 when not yet known */
    PageDecorator(ReportFonts fonts, String reportTitle, String[] sectionTitles, String pageOfTotal, Locale locale,
            int totalPages) {
        this.fonts = fonts;
        this.reportTitle = reportTitle;
        this.sectionTitles = sectionTitles.clone();
        this.pageOfTotal = pageOfTotal;
        this.locale = locale;
        this.totalPages = totalPages;
    }

    /** The running header's right-hand text until the next section starts. */
    void setCurrent(String text) {
        current = text;
    }

    /** The page each section starts on, by section index. */
    Map<Integer, Integer> sectionPages() {
        return Map.copyOf(sectionPages);
    }

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String text) {
        if (!text.startsWith(SECTION_TAG)) {
            return;
        }
        int index = Integer.parseInt(text.substring(SECTION_TAG.length()));
        if (sectionPages.containsKey(index)) {
            return;
        }
        sectionPages.put(index, writer.getPageNumber());
        current = sectionTitles[index];
        new PdfOutline(writer.getDirectContent().getRootOutline(),
                new PdfDestination(PdfDestination.FITH, rect.getTop() + 24), fonts.printable(sectionTitles[index]),
                true);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte cb = writer.getDirectContent();
        Rectangle page = document.getPageSize();
        float left = document.left();
        float right = document.right();
        int number = writer.getPageNumber();
        if (number > 1) {
            float y = page.getTop() - 36;
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT,
                    new Phrase(fonts.printable(reportTitle), fonts.regular(8, Palette.MUTED)), left, y, 0);
            ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT,
                    new Phrase(fonts.printable(current), fonts.bold(8, Palette.ACCENT)), right, y, 0);
            cb.saveState();
            cb.setColorStroke(Palette.RULE);
            cb.setLineWidth(0.5f);
            cb.moveTo(left, y - 5);
            cb.lineTo(right, y - 5);
            cb.stroke();
            cb.restoreState();
        }
        String footer = new MessageFormat(pageOfTotal, locale)
                .format(new Object[] { String.valueOf(number), totalPages > 0 ? String.valueOf(totalPages) : "?" });
        ColumnText.showTextAligned(cb, Element.ALIGN_CENTER,
                new Phrase(fonts.printable(footer), fonts.regular(8, Palette.MUTED)), (left + right) / 2,
                page.getBottom() + 28, 0);
    }
}
