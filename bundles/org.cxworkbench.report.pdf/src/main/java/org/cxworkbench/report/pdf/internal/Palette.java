package org.cxworkbench.report.pdf.internal;

import java.awt.Color;

import org.cxworkbench.api.report.Status;

/** The report's colours: the same status colours as the spreadsheet, and a palette for chart series. */
final class Palette {

    static final Color INK = new Color(0x26, 0x26, 0x26);
    static final Color MUTED = new Color(0x59, 0x59, 0x59);
    static final Color ACCENT = new Color(0x1F, 0x38, 0x64);
    static final Color RULE = new Color(0xBF, 0xBF, 0xBF);
    static final Color GRID = new Color(0xE0, 0xE0, 0xE0);
    static final Color ZEBRA = new Color(0xF5, 0xF7, 0xFA);

    private static final Color[] SERIES = { new Color(0x1F, 0x77, 0xB4), new Color(0xFF, 0x7F, 0x0E),
        new Color(0x2C, 0xA0, 0x2C), new Color(0xD6, 0x27, 0x28), new Color(0x94, 0x67, 0xBD),
        new Color(0x8C, 0x56, 0x4B), new Color(0xE3, 0x77, 0xC2), new Color(0x7F, 0x7F, 0x7F) };

    private Palette() {
    }

    static Color fill(Status status) {
        return switch (status == null ? Status.NEUTRAL : status) {
            case GOOD -> new Color(0xC6, 0xEF, 0xCE);
            case WARNING -> new Color(0xFF, 0xEB, 0x9C);
            case BAD -> new Color(0xFF, 0xC7, 0xCE);
            case NEUTRAL -> null;
        };
    }

    static Color text(Status status) {
        return switch (status == null ? Status.NEUTRAL : status) {
            case GOOD -> new Color(0x00, 0x61, 0x00);
            case WARNING -> new Color(0x9C, 0x57, 0x00);
            case BAD -> new Color(0x9C, 0x00, 0x06);
            case NEUTRAL -> INK;
        };
    }

    static Color series(int index) {
        return SERIES[index % SERIES.length];
    }
}
