package org.cxworkbench.report.xlsx.internal;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;

/** How a sheet looks on screen and on paper: no gridlines, landscape A4, all columns on one page width. */
final class PrintLayout {

    private PrintLayout() {
    }

    static void apply(Sheet sheet) {
        sheet.setDisplayGridlines(false);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
    }
}
