package org.cxworkbench.report.xlsx.internal;

import java.util.List;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.cxworkbench.api.report.ReportDocument;
import org.cxworkbench.report.xlsx.internal.XlsxStyles.Role;

/** The first sheet: title, subtitle, period, and the contents with a link to every section's sheet. */
final class ContentsSheetWriter {

    private ContentsSheetWriter() {
    }

    static void write(Sheet sheet, ReportDocument document, List<String> sectionTitles, List<String> sheetNames,
            XlsxStyles styles) {
        PrintLayout.apply(sheet);
        sheet.setColumnWidth(0, 6 * 256);
        sheet.setColumnWidth(1, 70 * 256);
        Row title = sheet.createRow(0);
        title.setHeightInPoints(32);
        TextCells.write(title.createCell(0), document.title(), styles, Role.TITLE);
        TextCells.write(sheet.createRow(1).createCell(0), document.subtitle(), styles, Role.SUBTITLE);
        TextCells.write(sheet.createRow(2).createCell(0), document.label("period") + ": " + document.period(),
                styles, Role.CAPTION);
        TextCells.write(sheet.createRow(3).createCell(0), document.label("generatedBy"), styles, Role.CAPTION);
        Row heading = sheet.createRow(5);
        heading.setHeightInPoints(22);
        TextCells.write(heading.createCell(0), document.label("contents"), styles, Role.HEADING1);
        Row header = sheet.createRow(6);
        TextCells.write(header.createCell(0), "#", styles, Role.HEADER);
        TextCells.write(header.createCell(1), document.label("section"), styles, Role.HEADER);
        for (int i = 0; i < sheetNames.size(); i++) {
            Row r = sheet.createRow(7 + i);
            Cell number = r.createCell(0);
            number.setCellValue(i + 1);
            Cell cell = r.createCell(1);
            TextCells.write(cell, sectionTitles.get(i), styles, Role.LINK);
            Hyperlink link = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            link.setAddress("'" + sheetNames.get(i).replace("'", "''") + "'!A1");
            cell.setHyperlink(link);
        }
    }
}
