package org.cxworkbench.report.pdf.internal;

import java.awt.Color;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import org.cxworkbench.api.report.Status;
import org.cxworkbench.api.report.Table;

/**
 * Tables: a header row repeated on every page the table runs over, rows that may split, numbers right-aligned
 * in the spreadsheet's formats, status cells coloured. Long tables are added in slices so memory stays flat.
 */
final class TableWriter {

    /** Rows added to the page at a time for large tables. */
    static final int SLICE = 200;

    private final ReportFonts fonts;
    private final Locale locale;

    TableWriter(ReportFonts fonts, Locale locale) {
        this.fonts = fonts;
        this.locale = locale;
    }

    void write(Document document, Table table) throws DocumentException {
        if (!table.caption().isEmpty()) {
            Paragraph caption = new Paragraph(fonts.printable(table.caption()), fonts.italic(9, Palette.MUTED));
            caption.setSpacingAfter(4);
            caption.setKeepTogether(true);
            document.add(caption);
        }
        int columns = table.columns().size();
        PdfPTable pdfTable = new PdfPTable(columns);
        pdfTable.setWidthPercentage(100);
        float size = columns > 7 ? 7.5f : 8.5f;
        float available = document.right() - document.left();
        pdfTable.setWidths(ColumnWidths.of(table, available, fonts.bold, fonts.regular, size, locale));
        pdfTable.setHeaderRows(1);
        pdfTable.setSplitLate(false);
        pdfTable.setSpacingBefore(4);
        pdfTable.setSpacingAfter(10);
        boolean sliced = table.rows().size() > SLICE;
        if (sliced) {
            pdfTable.setComplete(false);
        }
        for (Table.Column column : table.columns()) {
            PdfPCell cell = new PdfPCell(new Phrase(fonts.printable(column.header()), fonts.bold(size, Color.WHITE)));
            cell.setBackgroundColor(Palette.ACCENT);
            cell.setBorderColor(Palette.ACCENT);
            cell.setPadding(4);
            cell.setHorizontalAlignment(ValueText.numeric(column.kind()) ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
            pdfTable.addCell(cell);
        }
        int index = 0;
        for (List<Table.Cell> row : table.rows()) {
            for (int c = 0; c < columns; c++) {
                pdfTable.addCell(cell(table.columns().get(c), row.get(c), index, size));
            }
            index++;
            if (sliced && index % SLICE == 0) {
                document.add(pdfTable);
            }
        }
        if (sliced) {
            pdfTable.setComplete(true);
        }
        document.add(pdfTable);
    }

    private PdfPCell cell(Table.Column column, Table.Cell value, int index, float size) {
        Status status = value.status() == null ? Status.NEUTRAL : value.status();
        String text = fonts.printable(ValueText.format(value.value(), column.kind(), locale));
        boolean strong = column.kind() == Table.Kind.STATUS && status != Status.NEUTRAL;
        PdfPCell cell = new PdfPCell(new Phrase(text, strong ? fonts.bold(size, Palette.text(status))
                : fonts.regular(size, Palette.text(status))));
        Color fill = Palette.fill(status);
        cell.setBackgroundColor(fill != null ? fill : index % 2 == 1 ? Palette.ZEBRA : null);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(Palette.GRID);
        cell.setPadding(3.5f);
        cell.setHorizontalAlignment(ValueText.numeric(column.kind()) || value.value() instanceof Number
                ? Element.ALIGN_RIGHT : column.kind() == Table.Kind.STATUS ? Element.ALIGN_CENTER : Element.ALIGN_LEFT);
        return cell;
    }
}
