package org.cxworkbench.report.pdf.internal;

import java.awt.Color;
import java.util.Locale;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.cxworkbench.api.report.Block;
import org.cxworkbench.api.report.BulletList;
import org.cxworkbench.api.report.Chart;
import org.cxworkbench.api.report.Heading;
import org.cxworkbench.api.report.KeyFigures;
import org.cxworkbench.api.report.Notice;
import org.cxworkbench.api.report.Status;
import org.cxworkbench.api.report.Table;

/** Adds each kind of block to the PDF. */
final class BlockWriter {

    /** Headline figures per row. */
    static final int FIGURES_PER_ROW = 4;

    private final Document document;
    private final PdfWriter writer;
    private final ReportFonts fonts;
    private final TableWriter tables;
    private final ChartDrawer charts;

    BlockWriter(Document document, PdfWriter writer, ReportFonts fonts, Locale locale, String noData) {
        this.document = document;
        this.writer = writer;
        this.fonts = fonts;
        this.tables = new TableWriter(fonts, locale);
        this.charts = new ChartDrawer(fonts, locale, noData);
    }

    void write(Block block) throws DocumentException {
        if (block instanceof Heading h) {
            heading(h);
        } else if (block instanceof org.cxworkbench.api.report.Paragraph p) {
            Paragraph paragraph = new Paragraph(14, fonts.printable(p.text()), fonts.regular(10, Palette.INK));
            paragraph.setSpacingAfter(6);
            document.add(paragraph);
        } else if (block instanceof BulletList list) {
            bullets(list);
        } else if (block instanceof KeyFigures k) {
            figures(k);
        } else if (block instanceof Notice n) {
            notice(n);
        } else if (block instanceof Table t) {
            tables.write(document, t);
        } else if (block instanceof Chart c) {
            chart(c);
        }
    }

    private void heading(Heading h) throws DocumentException {
        boolean top = h.level() <= 1;
        Paragraph p = new Paragraph(fonts.printable(h.text()),
                top ? fonts.bold(13, Palette.ACCENT) : fonts.bold(11, Palette.INK));
        p.setSpacingBefore(top ? 12 : 8);
        p.setSpacingAfter(5);
        p.setKeepTogether(true);
        document.add(p);
    }

    private void bullets(BulletList list) throws DocumentException {
        com.lowagie.text.List items = new com.lowagie.text.List(false, 12);
        items.setListSymbol(new Chunk("•", fonts.regular(10, Palette.ACCENT)));
        for (String item : list.items()) {
            ListItem li = new ListItem(14, fonts.printable(item), fonts.regular(10, Palette.INK));
            li.setSpacingAfter(2);
            items.add(li);
        }
        document.add(items);
        document.add(spacer(6));
    }

    private void figures(KeyFigures k) throws DocumentException {
        int perRow = Math.min(FIGURES_PER_ROW, Math.max(1, k.figures().size()));
        PdfPTable table = new PdfPTable(perRow);
        table.setWidthPercentage(100f * perRow / FIGURES_PER_ROW);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setSpacingBefore(6);
        table.setSpacingAfter(10);
        table.setKeepTogether(true);
        for (KeyFigures.KeyFigure f : k.figures()) {
            Color fill = Palette.fill(f.status());
            PdfPCell cell = new PdfPCell();
            cell.setBackgroundColor(fill != null ? fill : Palette.ZEBRA);
            cell.setBorder(Rectangle.BOX);
            cell.setBorderColor(Color.WHITE);
            cell.setBorderWidth(3);
            cell.setPadding(6);
            cell.addElement(centered(fonts.printable(f.label()), fonts.bold(8.5f, Palette.MUTED)));
            cell.addElement(centered(fonts.printable(f.value()), fonts.bold(18, Palette.text(f.status()))));
            cell.addElement(centered(fonts.printable(f.detail()), fonts.regular(7.5f, Palette.MUTED)));
            table.addCell(cell);
        }
        int rest = k.figures().size() % perRow;
        for (int i = 0; rest > 0 && i < perRow - rest; i++) {
            PdfPCell empty = new PdfPCell(new Phrase(""));
            empty.setBorder(Rectangle.NO_BORDER);
            table.addCell(empty);
        }
        document.add(table);
    }

    private void notice(Notice n) throws DocumentException {
        Status status = n.status() == Status.NEUTRAL ? Status.WARNING : n.status();
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(10);
        PdfPCell cell = new PdfPCell(new Phrase(14, fonts.printable(n.text()), fonts.bold(10, Palette.text(status))));
        cell.setBackgroundColor(Palette.fill(status));
        cell.setBorder(Rectangle.LEFT);
        cell.setBorderWidthLeft(4);
        cell.setBorderColorLeft(Palette.text(status));
        cell.setPadding(8);
        table.addCell(cell);
        document.add(table);
    }

    private void chart(Chart c) throws DocumentException {
        Image image = charts.draw(writer, c);
        image.scaleToFit(document.right() - document.left(), ChartDrawer.HEIGHT);
        image.setSpacingAfter(10);
        document.add(image);
    }

    private static Paragraph centered(String text, com.lowagie.text.Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        return p;
    }

    private static Paragraph spacer(float height) {
        Paragraph p = new Paragraph(" ");
        p.setLeading(height);
        return p;
    }
}
