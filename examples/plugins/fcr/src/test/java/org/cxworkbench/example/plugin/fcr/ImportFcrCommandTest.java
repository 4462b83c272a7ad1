package org.cxworkbench.example.plugin.fcr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cxworkbench.api.store.StrategyStore;
import org.cxworkbench.model.ImportKind;
import org.cxworkbench.model.ImportRecord;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.Measurement;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.testing.CommandRun;
import org.cxworkbench.testing.TestStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportFcrCommandTest {

    private static final String GOOD = """
            TicketId,Opened,Resolved,Contacts,Channel
            T-1,2026-07-01T09:00:00Z,2026-07-01T10:00:00Z,1,Email
            T-2,2026-07-02T09:00:00Z,2026-07-04T10:00:00Z,3,Email
            T-3,2026-08-10 14:30,2026-08-10 15:00,1,Web chat
            T-4,2026-09-15T09:00:00Z,,1,Phone
            T-5,2026-04-02,2026-04-03,1,Phone
            """;

    private static final String WITH_BAD_ROWS = GOOD + """
            T-6,yesterday,2026-07-01T10:00:00Z,1,Email
            T-2,2026-07-02T09:00:00Z,2026-07-04T10:00:00Z,1,Email
            T-7,2026-07-05T09:00:00Z,2026-07-04T10:00:00Z,1,Email
            T-8,2026-07-05T09:00:00Z,2026-07-06T10:00:00Z,0,Email
            ,2026-07-05T09:00:00Z,2026-07-06T10:00:00Z,1,Email
            T-9,2026-07-05T09:00:00Z,2026-07-06T10:00:00Z,two,Email
            """;

    @TempDir
    Path dir;

    private final StrategyStore store = TestStore.create();
    private final ImportFcrCommand command = new ImportFcrCommand(store);

    @BeforeEach
    void strategy() throws Exception {
        Strategy strategy = store.create(dir.resolve("acme.cxs"), "Acme Fresh");
        strategy.setCurrentPeriod("2026-Q3");
        store.save(strategy);
    }

    @Test
    void resolvedTicketsAreCountedPerQuarterAndSegment() throws Exception {
        Files.writeString(dir.resolve("tickets.csv"), GOOD);
        CommandRun run = CommandRun.of(command, dir, "acme.cxs", "tickets.csv", "--opened", "Opened", "--resolved",
                "Resolved", "--contacts", "Contacts", "--segment", "channel=Channel");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Imported 4 resolved tickets from tickets.csv (5 rows read, 1 still open, 0 rejected)"),
                run.out());
        assertTrue(run.out().contains("2026-Q3: FCR 66.7 % (2 of 3 resolved in the first contact)"), run.out());

        Strategy saved = store.load(dir.resolve("acme.cxs"));
        KpiDefinition fcr = saved.getKpiDefinitions().stream().filter(d -> d.getCode().equals("FCR")).findFirst()
                .orElseThrow();
        Measurement q3 = measurement(saved, "2026-Q3", "");
        assertEquals(3, q3.getCount());
        assertEquals(2, bin(q3, 1));
        assertEquals(1, bin(q3, 0));
        assertEquals(1, measurement(saved, "2026-Q2", "").getCount());
        Measurement email = measurement(saved, "2026-Q3", "channel=Email");
        assertEquals(1, bin(email, 1));
        assertEquals(1, bin(email, 0));
        assertEquals(100.0, new FcrCalculator().compute(saved, fcr, "2026-Q3", "channel=Web chat").orElseThrow().value(), 1e-9);
        ImportRecord record = saved.getImports().get(0);
        assertEquals(ImportKind.TICKETS, record.getKind());
        assertEquals("tickets.csv", record.getFileName());
        assertTrue(record.getChecksum().startsWith("fcr:"), record.getChecksum());
        assertEquals(5, record.getRowsRead());
        assertEquals(4, record.getRowsAccepted());
    }

    @Test
    void badRowsAreRejectedWithFileLineTicketAndReason() throws Exception {
        Files.writeString(dir.resolve("tickets.csv"), WITH_BAD_ROWS);
        CommandRun run = CommandRun.of(command, dir, "acme.cxs", "tickets.csv", "--opened", "Opened", "--resolved",
                "Resolved", "--contacts", "Contacts");
        assertEquals(0, run.exitCode(), run.err());
        String file = dir.resolve("tickets.csv").toString();
        assertTrue(run.err().contains(file + ":7: ticket T-6: Opened: 'yesterday' is not a time"), run.err());
        assertTrue(run.err().contains(file + ":8: ticket T-2: TicketId: duplicate ticket id, first seen on line 3"), run.err());
        assertTrue(run.err().contains(file + ":9: ticket T-7: Resolved: resolved 2026-07-04T10:00:00Z before it was opened"),
                run.err());
        assertTrue(run.err().contains(file + ":10: ticket T-8: Contacts: '0' is not a number of contacts (1 or more)"),
                run.err());
        assertTrue(run.err().contains(file + ":11: ticket (no id): TicketId: the ticket id is empty"), run.err());
        assertTrue(run.err().contains(file + ":12: ticket T-9: Contacts: 'two' is not a number of contacts"), run.err());

        ImportRecord record = store.load(dir.resolve("acme.cxs")).getImports().get(0);
        assertEquals(11, record.getRowsRead());
        assertEquals(4, record.getRowsAccepted());
        assertEquals(6, record.getRowsRejected());
        assertEquals(1, record.getDuplicates());
        assertEquals(6, record.getRejects().size());
        assertEquals("T-6", record.getRejects().get(0).getResponseId());
        assertEquals(7, record.getRejects().get(0).getLine());
    }

    @Test
    void strictRefusesTheFileAndSavesNothing() throws Exception {
        Files.writeString(dir.resolve("tickets.csv"), WITH_BAD_ROWS);
        byte[] before = Files.readAllBytes(dir.resolve("acme.cxs"));
        CommandRun run = CommandRun.of(command, dir, "acme.cxs", "tickets.csv", "--opened", "Opened", "--resolved",
                "Resolved", "--contacts", "Contacts", "--strict");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("6 rows rejected, nothing imported (--strict)"), run.err());
        assertTrue(run.err().contains(":7: ticket T-6: Opened:"), run.err());
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("acme.cxs")));
    }

    @Test
    void theSameFileIsNotImportedTwice() throws Exception {
        Files.writeString(dir.resolve("tickets.csv"), GOOD);
        String[] args = {"acme.cxs", "tickets.csv", "--opened", "Opened", "--resolved", "Resolved", "--contacts", "Contacts"};
        assertEquals(0, CommandRun.of(command, dir, args).exitCode());
        CommandRun again = CommandRun.of(command, dir, args);
        assertEquals(2, again.exitCode());
        assertTrue(again.err().contains("tickets.csv was already imported on"), again.err());
        assertEquals(3, measurement(store.load(dir.resolve("acme.cxs")), "2026-Q3", "").getCount(), "not doubled");
    }

    @Test
    void anOverlappingExportCountsOnlyTheTicketsNotCountedBefore() throws Exception {
        Files.writeString(dir.resolve("july-august.csv"), GOOD);
        // the next export overlaps: T-3 again, T-4 (open before) now resolved, and a new ticket
        Files.writeString(dir.resolve("august-september.csv"), """
                TicketId,Opened,Resolved,Contacts,Channel
                T-3,2026-08-10 14:30,2026-08-10 15:00,1,Web chat
                T-4,2026-09-15T09:00:00Z,2026-09-16T09:00:00Z,2,Phone
                T-10,2026-09-20T09:00:00Z,2026-09-20T09:30:00Z,1,Phone
                """);
        assertEquals(0, importFile("july-august.csv").exitCode());

        CommandRun second = importFile("august-september.csv");

        assertEquals(0, second.exitCode(), second.err());
        assertTrue(second.out().contains("Imported 2 resolved tickets from august-september.csv (3 rows read, 0 still "
                + "open, 0 rejected, 1 counted by an earlier import and skipped)"), second.out());
        Strategy saved = store.load(dir.resolve("acme.cxs"));
        Measurement q3 = measurement(saved, "2026-Q3", "");
        assertEquals(5, q3.getCount(), "T-1, T-2, T-3 from the first export, T-4 and T-10 from the second");
        assertEquals(3, bin(q3, 1));
        assertEquals(1, saved.getImports().get(1).getDuplicates());
        assertEquals(2, TicketIds.decode(saved.getImports().get(1).getResponseIdDigest()).length);
    }

    @Test
    void anExportWhoseTicketsWereAllCountedIsRefusedAndChangesNothing() throws Exception {
        Files.writeString(dir.resolve("tickets.csv"), GOOD);
        assertEquals(0, importFile("tickets.csv").exitCode());
        byte[] before = Files.readAllBytes(dir.resolve("acme.cxs"));
        // the same resolved tickets, exported again in another order (so not the same file)
        Files.writeString(dir.resolve("again.csv"), """
                TicketId,Opened,Resolved,Contacts,Channel
                T-2,2026-07-02T09:00:00Z,2026-07-04T10:00:00Z,3,Email
                T-1,2026-07-01T09:00:00Z,2026-07-01T10:00:00Z,1,Email
                """);

        CommandRun again = importFile("again.csv");

        assertEquals(2, again.exitCode(), again.out());
        assertTrue(again.err().contains("again.csv: every resolved ticket in it (2) was counted by an earlier import; "
                + "nothing imported"), again.err());
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("acme.cxs")));
    }

    @Test
    void aYesNoColumnWithSemicolonsAndJsonOutput() throws Exception {
        Files.writeString(dir.resolve("export.csv"), """
                Ticket;Created;Closed;Solved on first contact
                A1;2026-07-01;2026-07-01;Yes
                A2;2026-07-01;2026-07-03;no
                A3;2026-07-01;2026-07-03;maybe
                """);
        CommandRun run = CommandRun.of(command, dir, "acme.cxs", "export.csv", "--opened", "Created", "--resolved",
                "Closed", "--first-contact", "Solved on first contact", "--json");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("{"), run.out());
        assertTrue(run.out().contains("\"accepted\""), run.out());
        assertTrue(run.out().contains("\"fcr\":50.0") || run.out().contains("\"fcr\": 50.0"), run.out());
        assertTrue(run.out().contains("'maybe' is not yes or no"), run.out());
        assertEquals(2, measurement(store.load(dir.resolve("acme.cxs")), "2026-Q3", "").getCount());
    }

    @Test
    void monthlyStrategiesCountPerMonth() throws Exception {
        Strategy strategy = store.load(dir.resolve("acme.cxs"));
        strategy.setCurrentPeriod("2026-09");
        store.save(strategy);
        Files.writeString(dir.resolve("tickets.csv"), GOOD);
        assertEquals(0, CommandRun.of(command, dir, "acme.cxs", "tickets.csv", "--opened", "Opened", "--resolved",
                "Resolved", "--contacts", "Contacts").exitCode());
        Strategy saved = store.load(dir.resolve("acme.cxs"));
        assertEquals(2, measurement(saved, "2026-07", "").getCount());
        assertEquals(1, measurement(saved, "2026-08", "").getCount());
    }

    @Test
    void usageErrorsNameTheProblem() throws Exception {
        Files.writeString(dir.resolve("tickets.csv"), GOOD);
        CommandRun both = CommandRun.of(command, dir, "acme.cxs", "tickets.csv", "--opened", "Opened", "--resolved",
                "Resolved", "--contacts", "Contacts", "--first-contact", "Contacts");
        assertEquals(2, both.exitCode());
        assertTrue(both.err().contains("give exactly one of --contacts COLUMN and --first-contact COLUMN"), both.err());
        CommandRun missing = CommandRun.of(command, dir, "acme.cxs", "tickets.csv", "--opened", "Created", "--resolved",
                "Resolved", "--contacts", "Contacts");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("tickets.csv: line 1: no column 'Created'; the columns are TicketId, Opened, "
                + "Resolved, Contacts, Channel"), missing.err());
        CommandRun noFile = CommandRun.of(command, dir, "acme.cxs", "nope.csv", "--opened", "Opened", "--resolved",
                "Resolved", "--contacts", "Contacts");
        assertEquals(2, noFile.exitCode());
        assertTrue(noFile.err().contains("nope.csv: no such file"), noFile.err());
        assertTrue(store.load(dir.resolve("acme.cxs")).getImports().isEmpty());
    }

    @Test
    void theAcmeSampleExportAsInTheGuide() throws Exception {
        Path acme = dir.resolve("acme-copy.cxs");
        Files.copy(Path.of("../../../examples/acme/acme.cxs"), acme);
        Files.copy(Path.of("sample/tickets-fcr.csv"), dir.resolve("tickets-fcr.csv"));
        CommandRun run = CommandRun.of(command, dir, "acme-copy.cxs", "tickets-fcr.csv", "--opened", "Opened",
                "--resolved", "Resolved", "--contacts", "Contacts", "--segment", "channel=Channel");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Imported 391 resolved tickets from tickets-fcr.csv (400 rows read, 9 still open, "
                + "0 rejected)"), run.out());
        assertTrue(run.out().contains("2026-Q1: FCR 64.6 % (84 of 130 resolved in the first contact)"), run.out());
        assertTrue(run.out().contains("2026-Q2: FCR 70.0 % (98 of 140 resolved in the first contact)"), run.out());
        assertTrue(run.out().contains("2026-Q3: FCR 71.9 % (87 of 121 resolved in the first contact)"), run.out());
        Strategy saved = store.load(acme);
        KpiDefinition fcr = saved.getKpiDefinitions().stream().filter(d -> d.getCode().equals("FCR")).findFirst()
                .orElseThrow();
        assertEquals(71.9, new FcrCalculator().compute(saved, fcr, "2026-Q3", "").orElseThrow().value(), 0.05);
    }

    private static Measurement measurement(Strategy strategy, String period, String segment) {
        List<Measurement> found = strategy.getMeasurements().stream()
                .filter(m -> m.getKpi().getCode().equals("FCR") && period.equals(m.getPeriod())
                        && segment.equals(m.getSegmentKey() == null ? "" : m.getSegmentKey()))
                .toList();
        assertEquals(1, found.size(), period + " " + segment);
        return found.get(0);
    }

    private static long bin(Measurement m, double value) {
        return m.getBins().stream().filter(b -> b.getValue() == value).mapToLong(b -> b.getCount()).sum();
    }

    private CommandRun importFile(String name) throws Exception {
        return CommandRun.of(command, dir, "acme.cxs", name, "--opened", "Opened", "--resolved", "Resolved",
                "--contacts", "Contacts", "--segment", "channel=Channel");
    }
}
