package org.cxworkbench.report.pdf.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import org.cxworkbench.api.report.Block;
import org.cxworkbench.api.report.ReportDocument;
import org.cxworkbench.api.report.Section;
import org.cxworkbench.api.report.Status;

/**
 * One rendering of the whole PDF. The renderer runs it twice: the first pass learns the page each section
 * starts on and the page count, the second prints them in the table of contents and the footers. The
 * contents take the same room in both passes (one line per section), so the pages do not move.
 */
final class PdfPass {

    /** What a pass produced. */
    record Result(byte[] pdf, Map<Integer, Integer> sectionPages, int pages, Set<String> missingGlyphs) {
    }

    private final ReportDocument report;
    private final Locale locale;

    PdfPass(ReportDocument report) {
        this.report = report;
        this.locale = Locale.forLanguageTag(report.locale() == null ? "en" : report.locale());
    }

    /**
     * @param sectionPages the section start pages from the previous pass (empty in the first)
     * @param totalPages the page count from the previous pass (0 in the first)
     * @param missingGlyphs characters the font could not print in the previous pass, listed on the cover
     */
    Result run(Map<Integer, Integer> sectionPages, int totalPages, Set<String> missingGlyphs)
            throws DocumentException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportFonts fonts = new ReportFonts();
        Document document = new Document(PageSize.A4, 56, 56, 64, 56);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setStrictImageSequence(true);
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
        List<Section> sections = report.sections();
        String[] titles = sections.stream().map(Section::title).toArray(String[]::new);
        PageDecorator decorator = new PageDecorator(fonts, report.title(), titles, report.label("pageOfTotal"),
                locale, totalPages);
        writer.setPageEvent(decorator);
        document.addTitle(fonts.printable(report.title()));
        document.addSubject(fonts.printable(report.subtitle()));
        document.addCreator(fonts.printable(report.label("generatedBy")));
        fixMetadata(writer);
        document.open();

        cover(document, fonts, missingGlyphs);
        document.newPage();
        decorator.setCurrent(report.label("contents"));
        contents(document, fonts, sectionPages);

        BlockWriter blocks = new BlockWriter(document, writer, fonts, locale, report.label("noData"));
        for (int i = 0; i < sections.size(); i++) {
            document.newPage();
            Section section = sections.get(i);
            Chunk title = new Chunk(fonts.printable(section.title()), fonts.bold(20, Palette.ACCENT));
            title.setGenericTag(PageDecorator.SECTION_TAG + i);
            title.setLocalDestination(anchor(i));
            Paragraph heading = new Paragraph(title);
            heading.setSpacingAfter(10);
            document.add(heading);
            for (Block block : section.blocks()) {
                blocks.write(block);
            }
        }
        document.close();
        byte[] bytes = out.toByteArray();
        return new Result(bytes, decorator.sectionPages(), pageCount(bytes), fonts.missing());
    }

    private void cover(Document document, ReportFonts fonts, Set<String> missingGlyphs) throws DocumentException {
        Paragraph space = new Paragraph(" ");
        space.setSpacingBefore(170);
        document.add(space);
        Paragraph title = new Paragraph(30, fonts.printable(report.title()), fonts.bold(26, Palette.ACCENT));
        title.setSpacingAfter(14);
        document.add(title);
        document.add(new Paragraph(18, fonts.printable(report.subtitle()), fonts.regular(15, Palette.INK)));
        PdfPTable rule = new PdfPTable(1);
        rule.setWidthPercentage(100);
        rule.setSpacingBefore(16);
        rule.setSpacingAfter(16);
        PdfPCell line = new PdfPCell(new Phrase(" "));
        line.setBorder(Rectangle.NO_BORDER);
        line.setBackgroundColor(Palette.ACCENT);
        line.setFixedHeight(4);
        rule.addCell(line);
        document.add(rule);
        document.add(new Paragraph(16, fonts.printable(report.label("period") + ": " + report.period()),
                fonts.bold(11, Palette.INK)));
        document.add(new Paragraph(16, fonts.printable(report.label("generatedBy")), fonts.regular(10, Palette.MUTED)));
        if (!missingGlyphs.isEmpty()) {
            PdfPTable box = new PdfPTable(1);
            box.setWidthPercentage(100);
            box.setSpacingBefore(30);
            String text = java.text.MessageFormat.format(report.label("missingGlyphs").replace("'", "''"),
                    String.join(", ", missingGlyphs));
            PdfPCell cell = new PdfPCell(new Phrase(fonts.printable(text), fonts.bold(9, Palette.text(Status.WARNING))));
            cell.setBackgroundColor(Palette.fill(Status.WARNING));
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(8);
            box.addCell(cell);
            document.add(box);
        }
    }

    private void contents(Document document, ReportFonts fonts, Map<Integer, Integer> sectionPages)
            throws DocumentException {
        Paragraph heading = new Paragraph(fonts.printable(report.label("contents")), fonts.bold(20, Palette.ACCENT));
        heading.setSpacingAfter(14);
        document.add(heading);
        PdfPTable toc = new PdfPTable(new float[] { 1, 12, 2 });
        toc.setWidthPercentage(100);
        toc.setHeaderRows(1);
        toc.addCell(tocCell("", fonts.bold(9, Palette.MUTED), Element.ALIGN_LEFT, Palette.ACCENT));
        toc.addCell(tocCell("", fonts.bold(9, Palette.MUTED), Element.ALIGN_LEFT, Palette.ACCENT));
        toc.addCell(tocCell(fonts.printable(report.label("page")), fonts.bold(9, Palette.MUTED), Element.ALIGN_RIGHT,
                Palette.ACCENT));
        List<Section> sections = report.sections();
        for (int i = 0; i < sections.size(); i++) {
            Integer page = sectionPages.get(i);
            Chunk number = new Chunk((i + 1) + ".", fonts.regular(11, Palette.MUTED));
            Chunk title = new Chunk(fonts.printable(sections.get(i).title()), fonts.regular(11, Palette.INK));
            title.setLocalGoto(anchor(i));
            Chunk pageNumber = new Chunk(page == null ? "0" : String.valueOf(page), fonts.bold(11, Palette.INK));
            pageNumber.setLocalGoto(anchor(i));
            toc.addCell(tocCell(new Phrase(number), Element.ALIGN_LEFT));
            toc.addCell(tocCell(new Phrase(title), Element.ALIGN_LEFT));
            toc.addCell(tocCell(new Phrase(pageNumber), Element.ALIGN_RIGHT));
        }
        document.add(toc);
    }

    private static PdfPCell tocCell(String text, com.lowagie.text.Font font, int align, java.awt.Color rule) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(align);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(rule);
        cell.setPaddingBottom(5);
        return cell;
    }

    private static PdfPCell tocCell(Phrase phrase, int align) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setHorizontalAlignment(align);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(Palette.GRID);
        cell.setPaddingTop(6);
        cell.setPaddingBottom(6);
        return cell;
    }

    /** The pages actually written (a page opened at the very end and left empty is not written). */
    private static int pageCount(byte[] pdf) throws DocumentException {
        try {
            PdfReader reader = new PdfReader(pdf);
            try {
                return reader.getNumberOfPages();
            } finally {
                reader.close();
            }
        } catch (java.io.IOException e) {
            throw new DocumentException(e);
        }
    }

    private static String anchor(int index) {
        return "section-" + index;
    }

    /** Fixed dates (the end of the period) and a file id derived from the content's identity. */
    private void fixMetadata(PdfWriter writer) {
        Calendar end = Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        end.setTimeInMillis(PeriodEnd.of(report.period()).toEpochMilli());
        writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(end));
        writer.getInfo().put(PdfName.MODDATE, new PdfDate(end));
        byte[] id = digest(report.title() + "\n" + report.subtitle() + "\n" + report.period() + "\n" + report.locale());
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
        writer.getInfo().put(PdfName.PRODUCER, new PdfString("CX Workbench (OpenPDF)"));
    }

    private static byte[] digest(String text) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return java.util.Arrays.copyOf(sha, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
