package org.cxworkbench.report.internal.appendix;

import java.util.ArrayList;
import java.util.List;

import org.cxworkbench.api.report.Block;
import org.cxworkbench.api.report.Heading;
import org.cxworkbench.api.report.Paragraph;
import org.cxworkbench.api.report.Status;
import org.cxworkbench.api.report.Table;
import org.cxworkbench.api.report.Table.Cell;
import org.cxworkbench.api.report.Table.Column;
import org.cxworkbench.model.ImportRecord;
import org.cxworkbench.model.ImportReject;
import org.cxworkbench.report.internal.ReportMessages;

/** Data provenance: one row per import, then the first rejected rows of every import that had any. */
final class ProvenanceBlocks {

    /** Rejected rows listed per import. */
    static final int REJECTS_SHOWN = 10;
    static final int CHECKSUM_SHOWN = 12;

    private final ReportMessages messages;

    ProvenanceBlocks(ReportMessages messages) {
        this.messages = messages;
    }

    List<Block> blocks(List<ImportRecord> imports) {
        List<Block> blocks = new ArrayList<>();
        if (imports.isEmpty()) {
            blocks.add(new Paragraph(messages.get("appendix.provenance.none")));
            return blocks;
        }
        blocks.add(importsTable(imports));
        for (ImportRecord record : imports) {
            if (record.getRejects().isEmpty()) {
                continue;
            }
            blocks.add(new Heading(2, messages.get("appendix.rejects.heading", text(record.getFileName()),
                    Math.min(REJECTS_SHOWN, record.getRejects().size()), record.getRejects().size())));
            blocks.add(rejectsTable(record));
        }
        return blocks;
    }

    private Table importsTable(List<ImportRecord> imports) {
        List<Column> columns = List.of(
                new Column("kind", messages.get("appendix.provenance.col.kind"), Table.Kind.TEXT, null, 2),
                new Column("file", messages.get("appendix.provenance.col.file"), Table.Kind.TEXT, null, 5),
                new Column("checksum", messages.get("appendix.provenance.col.checksum"), Table.Kind.TEXT, null, 3),
                new Column("importedAt", messages.get("appendix.provenance.col.importedAt"), Table.Kind.DATE, null, 4),
                new Column("read", messages.get("appendix.provenance.col.read"), Table.Kind.INTEGER, null, 2),
                new Column("accepted", messages.get("appendix.provenance.col.accepted"), Table.Kind.INTEGER, null, 2),
                new Column("rejected", messages.get("appendix.provenance.col.rejected"), Table.Kind.INTEGER, null, 2),
                new Column("duplicates", messages.get("appendix.provenance.col.duplicates"), Table.Kind.INTEGER, null,
                        2));
        List<List<Cell>> rows = new ArrayList<>();
        for (ImportRecord r : imports) {
            String checksum = text(r.getChecksum());
            rows.add(List.of(Cell.of(r.getKind() == null ? "" : r.getKind().getLiteral()),
                    Cell.of(text(r.getFileName())),
                    Cell.of(checksum.length() > CHECKSUM_SHOWN ? checksum.substring(0, CHECKSUM_SHOWN) : checksum),
                    Cell.of(text(r.getImportedAt())), Cell.of(r.getRowsRead()), Cell.of(r.getRowsAccepted()),
                    new Cell(r.getRowsRejected(), r.getRowsRejected() > 0 ? Status.WARNING : Status.NEUTRAL),
                    Cell.of(r.getDuplicates())));
        }
        return new Table("imports", messages.get("appendix.provenance.caption"), columns, rows, false);
    }

    private Table rejectsTable(ImportRecord record) {
        List<Column> columns = List.of(
                new Column("line", messages.get("appendix.rejects.col.line"), Table.Kind.INTEGER, null, 2),
                new Column("response", messages.get("appendix.rejects.col.response"), Table.Kind.TEXT, null, 3),
                new Column("column", messages.get("appendix.rejects.col.column"), Table.Kind.TEXT, null, 3),
                new Column("reason", messages.get("appendix.rejects.col.reason"), Table.Kind.TEXT, null, 8));
        List<List<Cell>> rows = new ArrayList<>();
        for (ImportReject reject : record.getRejects().subList(0, Math.min(REJECTS_SHOWN, record.getRejects().size()))) {
            rows.add(List.of(Cell.of(reject.getLine()), Cell.of(text(reject.getResponseId())),
                    Cell.of(text(reject.getColumn())), Cell.of(text(reject.getReason()))));
        }
        return new Table("rejects-" + (record.getId() == null ? record.getFileName() : record.getId()), "", columns,
                rows, false);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
