package org.cxworkbench.api.report;

import java.util.List;

/** A row of headline numbers, such as a KPI scorecard. */
public record KeyFigures(List<KeyFigure> figures) implements Block {

    /**
     * One headline number.
     *
     * @param label what it is, e.g. {@code NPS}
     * @param value the formatted value, e.g. {@code 42.0}
     * @param detail a short line under it, e.g. {@code +1.0 vs 2026-Q2, target 43}
     * @param status its colour
     */
    public record KeyFigure(String label, String value, String detail, Status status) {
    }

    public KeyFigures {
        figures = List.copyOf(figures);
    }
}
