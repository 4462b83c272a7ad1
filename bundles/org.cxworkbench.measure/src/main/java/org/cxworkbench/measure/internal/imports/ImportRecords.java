package org.cxworkbench.measure.internal.imports;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.cxworkbench.model.CxStrategyFactory;
import org.cxworkbench.model.ImportKind;
import org.cxworkbench.model.ImportRecord;
import org.cxworkbench.model.ImportReject;
import org.cxworkbench.model.Strategy;

/** The provenance of imported files: one {@link ImportRecord} per file, recognised again by its SHA-256. */
public final class ImportRecords {

    /** How many rejected rows a record keeps. */
    public static final int MAX_REJECTS_KEPT = 100;

    private ImportRecords() {
    }

    /** The earlier import of a file of this kind with this checksum, if any. */
    public static Optional<ImportRecord> find(Strategy strategy, ImportKind kind, String checksum) {
        return strategy.getImports().stream().filter(r -> r.getKind() == kind && checksum.equals(r.getChecksum()))
                .findFirst();
    }

    /** Adds a record of an import made now. */
    public static ImportRecord add(Strategy strategy, ImportKind kind, String fileName, String checksum, long rowsRead,
            long rowsAccepted, long rowsRejected, long duplicates) {
        ImportRecord record = CxStrategyFactory.eINSTANCE.createImportRecord();
        record.setKind(kind);
        record.setFileName(fileName);
        record.setChecksum(checksum);
        record.setImportedAt(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        record.setRowsRead(rowsRead);
        record.setRowsAccepted(rowsAccepted);
        record.setRowsRejected(rowsRejected);
        record.setDuplicates(duplicates);
        strategy.getImports().add(record);
        return record;
    }

    /** Keeps a rejected row on the record, unless it already holds {@link #MAX_REJECTS_KEPT}. */
    public static void addReject(ImportRecord record, long line, String id, String column, String reason) {
        if (record.getRejects().size() >= MAX_REJECTS_KEPT) {
            return;
        }
        ImportReject reject = CxStrategyFactory.eINSTANCE.createImportReject();
        reject.setLine(line);
        reject.setResponseId(id);
        reject.setColumn(column);
        reject.setReason(reason);
        record.getRejects().add(reject);
    }
}
