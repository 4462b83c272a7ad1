package org.cxworkbench.api.report;

import java.util.List;

/**
 * One section of the report, produced by a {@link ReportSection}: one sheet in Excel, one chapter with a
 * bookmark in PDF.
 *
 * @param id the stable section id, e.g. {@code goals}
 * @param title the translated title
 * @param blocks the content in order
 */
public record Section(String id, String title, List<Block> blocks) {
    public Section {
        blocks = List.copyOf(blocks);
    }
}
