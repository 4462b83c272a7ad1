package org.cxworkbench.measure.internal.tickets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.cxworkbench.measure.api.Periods;
import org.cxworkbench.measure.api.Periods.Granularity;
import org.cxworkbench.measure.internal.imports.ImportRecords;
import org.cxworkbench.measure.internal.io.FileChecksum;
import org.cxworkbench.model.ImportKind;
import org.cxworkbench.model.ImportRecord;
import org.cxworkbench.model.Strategy;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code cxw import-tickets FILE EXPORT.csv ...}: adds the response times and times to resolution of a
 * support-ticket export to the strategy, per period of the opened time and per segment, elapsed and
 * optionally in business hours.
 */
@Component(service = CxwCommand.class)
@CxwCommandService(command = "import-tickets", summary = "Imports response times and times to resolution from a "
        + "support-ticket export (CSV)", group = "measure")
public final class ImportTicketsCommand implements CxwCommand {

    static final String EXPORT = "EXPORT";
    private static final int REJECTS_SHOWN = 20;

    private final StrategyStore store;

    @Activate
    public ImportTicketsCommand(@Reference StrategyStore store) {
        this.store = store;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of("import-tickets", "Reads a support-ticket export (CSV; comma, semicolon or tab "
                + "separated, quoted fields allowed; times in ISO-8601 with or without zone, or yyyy-MM-dd HH:mm[:ss]) "
                + "and adds, per period of the opened time and per segment, the response time (first reply - opened) "
                + "and the time to resolution (resolved - opened) to the strategy. A blank first reply or resolution "
                + "means not yet replied or resolved. Rows with unreadable times or negative durations are rejected "
                + "with file, line, ticket id and reason. A file imported before (same SHA-256) is skipped.")
                .arg(StrategyFiles.FILE, "the strategy file (.cxs)")
                .arg(EXPORT, "the ticket export (.csv)")
                .option("--opened", "COLUMN", "column of the time the ticket was opened (default: opened, created_at, ...)")
                .option("--first-reply", "COLUMN", "column of the first reply (default: first_reply, first_response_at, ...)")
                .option("--resolved", "COLUMN", "column of the resolution (default: resolved, solved_at, ...)")
                .option("--id", "COLUMN", "column of the ticket id (default: id, ticket_id)")
                .repeatable("--segment", "NAME=COLUMN", "also count per value of COLUMN as segment NAME=value")
                .option("--business-hours", "HH:MM-HH:MM", "also count in business hours, Monday to Friday, e.g. 09:00-17:00")
                .option("--period", "quarter|month", "count per quarter (default) or per month of the opened time")
                .flag("--strict", "import nothing if any row is rejected")
                .example("cxw import-tickets acme.cxs tickets-q3.csv --business-hours 09:00-17:00")
                .example("cxw import-tickets acme.cxs export.csv --opened created_at --resolved solved_at "
                        + "--segment channel=Channel --period month --strict");
    }

    @Override
    public int run(CommandContext context) throws CommandException {
        TicketImportSettings settings = settings(context);
        Strategy strategy = StrategyFiles.load(store, context);
        Path export = context.path(context.requiredArg(EXPORT));
        if (!Files.isRegularFile(export)) {
            throw new CommandException("cxw import-tickets: " + export + ": no such file");
        }
        String fileName = export.getFileName().toString();
        String checksum;
        TicketImport tickets;
        try {
            checksum = FileChecksum.sha256(export);
            Optional<ImportRecord> earlier = ImportRecords.find(strategy, ImportKind.TICKETS, checksum);
            if (earlier.isPresent()) {
                return alreadyImported(context, fileName, checksum, earlier.get());
            }
            tickets = new TicketExportReader(settings).read(export);
        } catch (IOException e) {
            throw new CommandException("cxw import-tickets: " + e.getMessage(), e);
        }
        if (context.flag("--strict") && !tickets.rejects().isEmpty()) {
            throw new CommandException(strictFailure(tickets));
        }
        Optional<String> conflict = TicketAggregatesWriter.conflict(strategy, tickets, settings.businessHours() != null);
        if (conflict.isPresent()) {
            throw new CommandException("cxw import-tickets: " + fileName + ": " + conflict.get() + "; nothing was imported");
        }
        TicketAggregatesWriter.apply(strategy, tickets);
        ImportRecord record = ImportRecords.add(strategy, ImportKind.TICKETS, fileName, checksum, tickets.rowsRead,
                tickets.rowsAccepted, tickets.rejects().size(), tickets.duplicates);
        tickets.rejects().forEach(r -> ImportRecords.addReject(record, r.line(), r.ticketId(), r.column(), r.reason()));
        StrategyFiles.save(store, strategy);
        report(context, tickets, checksum);
        return OK;
    }

    private static TicketImportSettings settings(CommandContext context) throws CommandException {
        Map<String, String> segments = new LinkedHashMap<>();
        for (String segment : context.options("--segment")) {
            int eq = segment.indexOf('=');
            if (eq <= 0 || eq == segment.length() - 1) {
                throw new CommandException("cxw import-tickets: --segment " + segment + " is not NAME=COLUMN");
            }
            if (segments.put(segment.substring(0, eq).trim(), segment.substring(eq + 1).trim()) != null) {
                throw new CommandException("cxw import-tickets: segment " + segment.substring(0, eq) + " is given twice");
            }
        }
        BusinessHours hours = null;
        Optional<String> hoursText = context.option("--business-hours");
        if (hoursText.isPresent()) {
            hours = BusinessHours.parse(hoursText.get()).orElseThrow(() -> new CommandException(
                    "cxw import-tickets: --business-hours " + hoursText.get()
                            + " is not HH:MM-HH:MM with the end after the start, e.g. 09:00-17:00"));
        }
        String periodText = context.option("--period").orElse("quarter");
        Granularity granularity = Periods.granularityNamed(periodText).orElseThrow(() -> new CommandException(
                "cxw import-tickets: --period " + periodText + " is neither quarter nor month"));
        return new TicketImportSettings(context.option("--opened").orElse(null),
                context.option("--first-reply").orElse(null), context.option("--resolved").orElse(null),
                context.option("--id").orElse(null), segments, hours, granularity);
    }

    private static int alreadyImported(CommandContext context, String fileName, String checksum, ImportRecord earlier) {
        String message = fileName + " was already imported on " + earlier.getImportedAt() + " (as "
                + earlier.getFileName() + ", same SHA-256 " + checksum + "); nothing was changed";
        if (context.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("file", fileName);
            json.put("checksum", checksum);
            json.put("skipped", true);
            json.put("message", message);
            context.printJson(json);
        } else {
            context.out().println(message);
        }
        return OK;
    }

    private static String strictFailure(TicketImport tickets) {
        StringBuilder message = new StringBuilder("cxw import-tickets: " + tickets.fileName + ": "
                + tickets.rejects().size() + " row(s) rejected; nothing was imported (--strict):");
        tickets.rejects().stream().limit(REJECTS_SHOWN).forEach(r -> message.append('\n').append(tickets.describe(r)));
        if (tickets.rejects().size() > REJECTS_SHOWN) {
            message.append("\n... and ").append(tickets.rejects().size() - REJECTS_SHOWN).append(" more");
        }
        return message.toString();
    }

    private static void report(CommandContext context, TicketImport tickets, String checksum) {
        if (context.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("file", tickets.fileName);
            json.put("checksum", checksum);
            json.put("skipped", false);
            json.put("rowsRead", tickets.rowsRead);
            json.put("rowsAccepted", tickets.rowsAccepted);
            json.put("rowsRejected", tickets.rejects().size());
            json.put("duplicates", tickets.duplicates);
            json.put("rejects", tickets.rejects());
            List<Object> aggregates = new ArrayList<>();
            tickets.aggregates().forEach((key, acc) -> {
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("kpi", key.kpiCode());
                a.put("period", key.period());
                a.put("segmentKey", key.segmentKey());
                a.put("count", acc.count);
                aggregates.add(a);
            });
            json.put("aggregates", aggregates);
            context.printJson(json);
            return;
        }
        context.out().printf("Imported %s: %d rows read, %d accepted, %d rejected, %d duplicate ticket ids skipped%n",
                tickets.fileName, tickets.rowsRead, tickets.rowsAccepted, tickets.rejects().size(), tickets.duplicates);
        tickets.aggregates().forEach((key, acc) -> {
            if (key.segmentKey().isEmpty()) {
                context.out().printf("  %-16s %-8s %d tickets%n", key.kpiCode(), key.period(), acc.count);
            }
        });
        tickets.rejects().stream().limit(REJECTS_SHOWN).forEach(r -> context.err().println("rejected: " + tickets.describe(r)));
        if (tickets.rejects().size() > REJECTS_SHOWN) {
            context.err().println("... and " + (tickets.rejects().size() - REJECTS_SHOWN)
                    + " more rejected rows, kept in the import record");
        }
        context.out().println("Next: cxw kpi " + context.arg(StrategyFiles.FILE).orElse("FILE"));
    }
}
