package org.cxworkbench.example.plugin.fcr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cxworkbench.api.command.CommandContext;
import org.cxworkbench.api.command.CommandException;
import org.cxworkbench.api.command.CommandSpec;
import org.cxworkbench.api.command.CxwCommand;
import org.cxworkbench.api.command.CxwCommandService;
import org.cxworkbench.api.command.StrategyFiles;
import org.cxworkbench.api.store.StrategyStore;
import org.cxworkbench.model.CxStrategyFactory;
import org.cxworkbench.model.ImportKind;
import org.cxworkbench.model.ImportRecord;
import org.cxworkbench.model.ImportReject;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.Measurement;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.ValueCount;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code cxw import-fcr FILE EXPORT.csv ...}: reads a ticket export and stores, per period and segment, how
 * many resolved tickets were resolved in the first contact, as measurements of the FCR definition, with an
 * import record. The same file is not imported twice (recognised by its SHA-256).
 */
@Component(service = CxwCommand.class)
@CxwCommandService(command = "import-fcr", summary = "Imports first contact resolution from a ticket export (FCR plugin)",
        group = "measure")
public final class ImportFcrCommand implements CxwCommand {

    /** Prefix of the checksum on FCR import records, so that cxw import-tickets of the same file is not refused. */
    static final String CHECKSUM_PREFIX = "fcr:";
    /** How many rejected rows are kept on the import record and printed. */
    static final int REJECTS_SHOWN = 100;

    private final StrategyStore store;

    @Activate
    public ImportFcrCommand(@Reference StrategyStore store) {
        this.store = store;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of("import-fcr", "Imports first contact resolution (FCR) from a support ticket export (CSV, "
                + "comma or semicolon separated, UTF-8). Each resolved ticket counts in the quarter (or month, if the "
                + "strategy's period is a month) it was opened in; open tickets are not counted. Tell the tool either "
                + "the column with the number of contacts until resolution (1 = first contact) or a yes/no column "
                + "'resolved on first contact'. Rows that cannot be read are rejected with file, line, ticket id and "
                + "reason; with --strict any rejected row stops the import and nothing is saved.")
                .arg(StrategyFiles.FILE, "the strategy file (.cxs)")
                .arg("EXPORT", "the ticket export (.csv)")
                .option("--opened", "COLUMN", "the column with the time the ticket was opened (required)")
                .option("--resolved", "COLUMN", "the column with the time it was resolved, empty if still open (required)")
                .option("--id", "COLUMN", "the column with the ticket id (default: the first column)")
                .option("--contacts", "COLUMN", "the column with the number of contacts until resolution")
                .option("--first-contact", "COLUMN", "the yes/no column 'resolved on first contact'")
                .repeatable("--segment", "NAME=COLUMN", "also count per value of a column, e.g. channel=Channel")
                .flag("--strict", "refuse the whole file if any row is rejected")
                .example("cxw import-fcr acme.cxs tickets-fcr.csv --opened Opened --resolved Resolved --contacts Contacts "
                        + "--segment channel=Channel");
    }

    @Override
    public int run(CommandContext context) throws CommandException {
        Path export = context.path(context.requiredArg("EXPORT"));
        FcrColumns columns = columns(context, export);
        Strategy strategy = StrategyFiles.load(store, context);
        String checksum = CHECKSUM_PREFIX + sha256(export);
        Optional<ImportRecord> earlier = strategy.getImports().stream()
                .filter(r -> r.getKind() == ImportKind.TICKETS && checksum.equals(r.getChecksum())).findFirst();
        if (earlier.isPresent()) {
            throw new CommandException("cxw import-fcr: " + export + " was already imported on "
                    + earlier.get().getImportedAt() + " (import record " + earlier.get().getId() + "); nothing changed");
        }
        long[] countedBefore = countedBefore(strategy);
        FcrExportReader.Result result;
        try {
            result = new FcrExportReader(columns, TicketTimes.monthly(strategy.getCurrentPeriod())).read(export,
                    countedBefore);
        } catch (IllegalArgumentException e) {
            throw new CommandException("cxw import-fcr: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new CommandException("cxw import-fcr: " + export + ": " + e.getMessage(), e);
        }
        if (context.flag("--strict") && !result.rejects().isEmpty()) {
            StringBuilder message = new StringBuilder("cxw import-fcr: " + export + ": " + result.rejects().size()
                    + " rows rejected, nothing imported (--strict):");
            result.rejects().stream().limit(10).forEach(r -> message.append(System.lineSeparator()).append(line(export, r)));
            throw new CommandException(message.toString());
        }
        if (result.accepted() == 0 && result.alreadyCounted() > 0) {
            throw new CommandException("cxw import-fcr: " + export + ": every resolved ticket in it ("
                    + result.alreadyCounted() + ") was counted by an earlier import; nothing imported");
        }
        KpiDefinition definition = definition(strategy);
        store(strategy, definition, result.counts());
        ImportRecord record = record(strategy, export, checksum, result);
        StrategyFiles.save(store, strategy);
        print(context, export, record, result);
        return OK;
    }

    /** The tickets earlier FCR imports of this strategy counted, from their import records. */
    private static long[] countedBefore(Strategy strategy) throws CommandException {
        List<long[]> lists = new ArrayList<>();
        for (ImportRecord record : strategy.getImports()) {
            if (record.getKind() == ImportKind.TICKETS && record.getChecksum() != null
                    && record.getChecksum().startsWith(CHECKSUM_PREFIX)) {
                try {
                    lists.add(TicketIds.decode(record.getResponseIdDigest()));
                } catch (IllegalArgumentException e) {
                    throw new CommandException("cxw import-fcr: import record " + record.getId() + " ("
                            + record.getFileName() + "): " + e.getMessage() + "; nothing imported", e);
                }
            }
        }
        return TicketIds.union(lists.toArray(long[][]::new));
    }

    private static FcrColumns columns(CommandContext context, Path export) throws CommandException {
        String opened = context.option("--opened").orElseThrow(
                () -> new CommandException("cxw import-fcr: --opened COLUMN is required"));
        String resolved = context.option("--resolved").orElseThrow(
                () -> new CommandException("cxw import-fcr: --resolved COLUMN is required"));
        Optional<String> contacts = context.option("--contacts");
        Optional<String> first = context.option("--first-contact");
        if (contacts.isPresent() == first.isPresent()) {
            throw new CommandException("cxw import-fcr: give exactly one of --contacts COLUMN and --first-contact COLUMN");
        }
        Map<String, String> segments = new LinkedHashMap<>();
        for (String segment : context.options("--segment")) {
            int eq = segment.indexOf('=');
            if (eq <= 0 || eq == segment.length() - 1) {
                throw new CommandException("cxw import-fcr: --segment " + segment + " is not NAME=COLUMN, e.g. channel=Channel");
            }
            segments.put(segment.substring(0, eq).trim(), segment.substring(eq + 1).trim());
        }
        String id = context.option("--id").orElseGet(() -> firstColumn(export));
        return new FcrColumns(id, opened, resolved, contacts.orElse(null), first.orElse(null), segments);
    }

    private static String firstColumn(Path export) {
        try (CsvRecords csv = new CsvRecords(Files.newBufferedReader(export))) {
            CsvRecords.Line header = csv.header();
            return header == null ? "" : header.fields().get(0).trim();
        } catch (IOException e) {
            return "";
        }
    }

    private static KpiDefinition definition(Strategy strategy) {
        return strategy.getKpiDefinitions().stream().filter(d -> FcrDefinitionProvider.CODE.equals(d.getCode()))
                .findFirst().orElseGet(() -> {
                    KpiDefinition created = FcrDefinitionProvider.create();
                    strategy.getKpiDefinitions().add(created);
                    return created;
                });
    }

    /** Adds the counts to the FCR measurement of each period and segment, creating it when missing. */
    private static void store(Strategy strategy, KpiDefinition definition, Map<String, Map<String, FcrCounts>> counts) {
        counts.forEach((period, bySegment) -> bySegment.forEach((segment, c) -> {
            Measurement m = strategy.getMeasurements().stream().filter(x -> x.getKpi() == definition
                    && period.equals(x.getPeriod()) && segment.equals(x.getSegmentKey() == null ? "" : x.getSegmentKey()))
                    .findFirst().orElseGet(() -> {
                        Measurement created = CxStrategyFactory.eINSTANCE.createMeasurement();
                        created.setKpi(definition);
                        created.setPeriod(period);
                        created.setSegmentKey(segment);
                        strategy.getMeasurements().add(created);
                        return created;
                    });
            m.setCount(m.getCount() + c.resolved());
            m.setSum(m.getSum() + c.first());
            m.setSumOfSquares(m.getSumOfSquares() + c.first());
            add(m, 1d, c.first());
            add(m, 0d, c.resolved() - c.first());
        }));
    }

    private static void add(Measurement m, double value, long count) {
        ValueCount bin = m.getBins().stream().filter(b -> b.getValue() == value).findFirst().orElseGet(() -> {
            ValueCount created = CxStrategyFactory.eINSTANCE.createValueCount();
            created.setValue(value);
            m.getBins().add(created);
            return created;
        });
        bin.setCount(bin.getCount() + count);
    }

    private static ImportRecord record(Strategy strategy, Path export, String checksum, FcrExportReader.Result result) {
        ImportRecord record = CxStrategyFactory.eINSTANCE.createImportRecord();
        record.setKind(ImportKind.TICKETS);
        record.setFileName(export.getFileName().toString());
        record.setChecksum(checksum);
        record.setImportedAt(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        record.setRowsRead(result.rowsRead());
        record.setRowsAccepted(result.accepted());
        record.setRowsRejected(result.rejects().size());
        record.setDuplicates(result.rejects().stream().filter(r -> r.reason().startsWith("duplicate")).count()
                + result.alreadyCounted());
        record.setResponseIdDigest(TicketIds.encode(result.counted()));
        for (FcrExportReader.Reject r : result.rejects().subList(0, Math.min(REJECTS_SHOWN, result.rejects().size()))) {
            ImportReject reject = CxStrategyFactory.eINSTANCE.createImportReject();
            reject.setLine(r.line());
            reject.setResponseId(r.ticketId());
            reject.setColumn(r.column());
            reject.setReason(r.reason());
            record.getRejects().add(reject);
        }
        strategy.getImports().add(record);
        return record;
    }

    private static void print(CommandContext context, Path export, ImportRecord record, FcrExportReader.Result result) {
        List<Map<String, Object>> periods = new ArrayList<>();
        result.counts().forEach((period, bySegment) -> bySegment.forEach((segment, c) -> {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("period", period);
            p.put("segment", segment);
            p.put("resolved", c.resolved());
            p.put("firstContact", c.first());
            p.put("fcr", c.percent());
            periods.add(p);
        }));
        if (context.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("export", export.toString());
            json.put("importRecord", record.getId());
            json.put("rowsRead", result.rowsRead());
            json.put("accepted", result.accepted());
            json.put("open", result.open());
            json.put("alreadyCounted", result.alreadyCounted());
            json.put("rejected", result.rejects().size());
            json.put("counts", periods);
            json.put("rejects", result.rejects().stream().limit(REJECTS_SHOWN).map(r -> {
                Map<String, Object> j = new LinkedHashMap<>();
                j.put("file", export.toString());
                j.put("line", r.line());
                j.put("ticketId", r.ticketId());
                j.put("column", r.column());
                j.put("reason", r.reason());
                return j;
            }).toList());
            context.printJson(json);
            return;
        }
        context.out().printf("Imported %d resolved tickets from %s (%d rows read, %d still open, %d rejected%s)%n",
                result.accepted(), export.getFileName(), result.rowsRead(), result.open(), result.rejects().size(),
                result.alreadyCounted() == 0 ? ""
                        : ", " + result.alreadyCounted() + " counted by an earlier import and skipped");
        for (Map<String, Object> p : periods) {
            if (((String) p.get("segment")).isEmpty()) {
                context.out().printf("  %s: FCR %.1f %% (%d of %d resolved in the first contact)%n", p.get("period"),
                        (Double) p.get("fcr"), (Long) p.get("firstContact"), (Long) p.get("resolved"));
            }
        }
        result.rejects().stream().limit(REJECTS_SHOWN).forEach(r -> context.err().println(line(export, r)));
        if (result.rejects().size() > REJECTS_SHOWN) {
            context.err().println("... and " + (result.rejects().size() - REJECTS_SHOWN) + " more rejected rows");
        }
    }

    private static String line(Path export, FcrExportReader.Reject r) {
        return export + ":" + r.line() + ": ticket " + (r.ticketId().isEmpty() ? "(no id)" : r.ticketId()) + ": "
                + r.column() + ": " + r.reason();
    }

    private static String sha256(Path file) throws CommandException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchFileException e) {
            throw new CommandException("cxw import-fcr: " + file + ": no such file");
        } catch (IOException e) {
            throw new CommandException("cxw import-fcr: " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
