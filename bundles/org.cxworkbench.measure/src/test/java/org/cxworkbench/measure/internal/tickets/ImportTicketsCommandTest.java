package org.cxworkbench.measure.internal.tickets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cxworkbench.api.command.CommandException;
import org.cxworkbench.api.command.CxwCommand;
import org.cxworkbench.api.kpi.KpiResult;
import org.cxworkbench.measure.internal.Fixtures;
import org.cxworkbench.measure.internal.calc.ResolutionTimeCalculator;
import org.cxworkbench.model.DurationMeasurement;
import org.cxworkbench.model.ImportKind;
import org.cxworkbench.model.ImportRecord;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.ValueCount;
import org.cxworkbench.testing.FakeCommandContext;
import org.cxworkbench.testing.RecordingStrategyStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportTicketsCommandTest {

    private static final double EXACT = 1e-9;

    /** 2026-07-03 is a Friday. */
    private static final String EXPORT = String.join("\n",
            "ticket_id,created_at,first_response_at,solved_at,channel",
            "T-1,2026-07-03 16:00,2026-07-03 16:30,2026-07-06 10:00,Email",
            "T-2,2026-07-06T09:00:00,2026-07-06T11:00:00,,Chat",
            "T-3,2026-07-07 10:00,,2026-07-07 12:00,Email",
            "T-4,2026-07-08 10:00,2026-07-08 09:00,2026-07-08 12:00,Email",
            "T-5,yesterday,2026-07-08 09:00,,Chat",
            "T-1,2026-07-03 16:00,2026-07-03 16:30,2026-07-06 10:00,Email",
            "");

    @TempDir
    Path dir;

    private final RecordingStrategyStore store = new RecordingStrategyStore();
    private Path file;
    private Path export;

    @BeforeEach
    void files() throws Exception {
        file = store.write(Fixtures.strategy(), dir.resolve("acme.cxs"));
        export = dir.resolve("tickets.csv");
        Files.writeString(export, EXPORT, StandardCharsets.UTF_8);
    }

    private FakeCommandContext command() {
        return new FakeCommandContext(dir).arg("FILE", "acme.cxs").arg("EXPORT", "tickets.csv");
    }

    private int run(FakeCommandContext context) throws CommandException {
        return new ImportTicketsCommand(store).run(context);
    }

    private static DurationMeasurement measurement(Strategy s, String code, String segment) {
        return s.getDurationMeasurements().stream()
                .filter(m -> m.getKpi().getCode().equals(code) && m.getSegmentKey().equals(segment)).findFirst()
                .orElseThrow();
    }

    private static Map<Double, Long> bins(List<ValueCount> bins) {
        Map<Double, Long> map = new TreeMap<>();
        bins.forEach(b -> map.put(b.getValue(), b.getCount()));
        return map;
    }

    @Test
    void importsResponseAndResolutionTimesWithBusinessHours() throws Exception {
        FakeCommandContext context = command().option("--business-hours", "09:00-17:00")
                .option("--segment", "channel=channel");
        assertEquals(CxwCommand.OK, run(context));

        Strategy s = new RecordingStrategyStore().load(file);
        DurationMeasurement response = measurement(s, "RESPONSE_TIME", "");
        assertEquals("2026-Q3", response.getPeriod());
        assertEquals(2, response.getCount());
        assertEquals(1800 + 7200, response.getSumSeconds(), EXACT);
        assertEquals(Map.of(30.0, 1L, 120.0, 1L), bins(response.getBins()));
        assertEquals(Map.of(30.0, 1L, 120.0, 1L), bins(response.getBusinessBins()));

        DurationMeasurement resolution = measurement(s, "RESOLUTION_TIME", "");
        assertEquals(2, resolution.getCount());
        assertEquals(66 * 3600 + 2 * 3600, resolution.getSumSeconds(), EXACT);
        // Friday 16:00 to Monday 10:00 with 09:00-17:00 is 2 business hours; T-3 is 2 hours on a Tuesday.
        assertEquals(Map.of(120.0, 2L), bins(resolution.getBusinessBins()));
        assertEquals(4 * 3600, resolution.getBusinessSumSeconds(), EXACT);
        assertEquals(Map.of(120.0, 1L, 3960.0, 1L), bins(resolution.getBins()));

        assertEquals(1, measurement(s, "RESPONSE_TIME", "channel=Email").getCount());
        assertEquals(2, measurement(s, "RESOLUTION_TIME", "channel=Email").getCount());
        assertEquals(1, measurement(s, "RESPONSE_TIME", "channel=Chat").getCount());

        KpiResult kpi = new ResolutionTimeCalculator().compute(s, Fixtures.definition(s, "RESOLUTION_TIME"),
                "2026-Q3", "").orElseThrow();
        assertEquals(34.0, kpi.value(), EXACT);
        assertEquals(2.0, kpi.detail("businessMean"), EXACT);

        ImportRecord record = s.getImports().get(0);
        assertEquals(ImportKind.TICKETS, record.getKind());
        assertEquals("tickets.csv", record.getFileName());
        assertEquals(64, record.getChecksum().length());
        assertEquals(6, record.getRowsRead());
        assertEquals(3, record.getRowsAccepted());
        assertEquals(2, record.getRowsRejected());
        assertEquals(1, record.getDuplicates());
        assertEquals(2, record.getRejects().size());
        assertEquals(5, record.getRejects().get(0).getLine());
        assertEquals("T-4", record.getRejects().get(0).getResponseId());
        assertEquals("first_response_at", record.getRejects().get(0).getColumn());
        assertEquals(6, record.getRejects().get(1).getLine());
        assertEquals("T-5", record.getRejects().get(1).getResponseId());
    }

    @Test
    void rejectsNameFileLineTicketAndReason() throws Exception {
        FakeCommandContext context = command();
        run(context);
        String err = context.errorOutput();
        assertTrue(err.contains("rejected: tickets.csv:5: ticket T-4: first_response_at: first reply time "
                + "2026-07-08 09:00 is before the opened time (negative response time)"), err);
        assertTrue(err.contains("rejected: tickets.csv:6: ticket T-5: created_at: opened time 'yesterday' is not a "
                + "timestamp (ISO-8601 or yyyy-MM-dd HH:mm[:ss])"), err);
        assertTrue(context.output().contains("6 rows read, 3 accepted, 2 rejected, 1 duplicate ticket ids skipped"),
                context.output());
    }

    @Test
    void strictModeChangesNothingWhenARowIsRejected() throws Exception {
        byte[] before = Files.readAllBytes(file);
        int savesBefore = store.saves();
        CommandException e = assertThrows(CommandException.class, () -> run(command().withFlag("--strict")));
        assertEquals(CxwCommand.USAGE_OR_INPUT_ERROR, e.exitCode());
        assertTrue(e.getMessage().contains("2 row(s) rejected; nothing was imported (--strict)"), e.getMessage());
        assertTrue(e.getMessage().contains("tickets.csv:5: ticket T-4"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(savesBefore, store.saves());
    }

    @Test
    void reimportingTheSameFileIsDetected() throws Exception {
        run(command());
        FakeCommandContext again = command().json(true);
        assertEquals(CxwCommand.OK, run(again));
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) again.printed();
        assertEquals(true, json.get("skipped"));
        assertTrue(json.get("message").toString().contains("tickets.csv was already imported"), json.toString());
        Strategy s = new RecordingStrategyStore().load(file);
        assertEquals(1, s.getImports().size());
        assertEquals(2, measurement(s, "RESPONSE_TIME", "").getCount());
    }

    @Test
    void asecondFileAddsToTheAggregates() throws Exception {
        run(command());
        Files.writeString(dir.resolve("more.csv"), "id;opened;first reply;resolved\nX-1;2026-08-03T10:00:00;"
                + "2026-08-03T10:10:00;\n", StandardCharsets.UTF_8);
        run(new FakeCommandContext(dir).arg("FILE", "acme.cxs").arg("EXPORT", "more.csv")
                .option("--first-reply", "first reply"));
        Strategy s = new RecordingStrategyStore().load(file);
        DurationMeasurement response = measurement(s, "RESPONSE_TIME", "");
        assertEquals(3, response.getCount());
        assertEquals(Map.of(10.0, 1L, 30.0, 1L, 120.0, 1L), bins(response.getBins()));
        assertEquals(2, s.getImports().size());
    }

    @Test
    void zonedTimesAndMonthlyPeriods() throws Exception {
        Files.writeString(dir.resolve("zoned.csv"), String.join("\n", "id,opened,first_reply,resolved",
                "Z-1,2026-09-30T23:30:00Z,2026-10-01T01:45:00+02:00,",
                "Z-2,2026-09-30T10:00:00Z,2026-09-30 11:00,",
                ""), StandardCharsets.UTF_8);
        FakeCommandContext context = new FakeCommandContext(dir).arg("FILE", "acme.cxs").arg("EXPORT", "zoned.csv")
                .option("--period", "month");
        run(context);
        Strategy s = new RecordingStrategyStore().load(file);
        DurationMeasurement response = measurement(s, "RESPONSE_TIME", "");
        assertEquals("2026-09", response.getPeriod());
        assertEquals(1, response.getCount());
        assertEquals(15 * 60, response.getSumSeconds(), EXACT);
        assertTrue(context.errorOutput().contains("zoned.csv:3: ticket Z-2: first_reply: first reply time '2026-09-30 11:00'"
                + " has no zone or offset while the opened time has one"), context.errorOutput());
    }

    @Test
    void badOptionsAndMissingColumnsAreUsageErrors() {
        CommandException hours = assertThrows(CommandException.class,
                () -> run(command().option("--business-hours", "17:00-09:00")));
        assertTrue(hours.getMessage().contains("--business-hours 17:00-09:00"));
        CommandException column = assertThrows(CommandException.class,
                () -> run(command().option("--opened", "Opened on")));
        assertTrue(column.getMessage().contains("tickets.csv: no column 'Opened on' (--opened). Columns: ticket_id, "
                + "created_at"), column.getMessage());
        CommandException period = assertThrows(CommandException.class, () -> run(command().option("--period", "week")));
        assertTrue(period.getMessage().contains("--period week is neither quarter nor month"));
    }

    @Test
    void businessHoursMustBeUsedConsistently() throws Exception {
        run(command().option("--business-hours", "09:00-17:00"));
        Files.writeString(dir.resolve("later.csv"), "id,opened,first_reply\nL-1,2026-07-20 10:00,2026-07-20 10:05\n",
                StandardCharsets.UTF_8);
        CommandException e = assertThrows(CommandException.class, () -> run(new FakeCommandContext(dir)
                .arg("FILE", "acme.cxs").arg("EXPORT", "later.csv")));
        assertTrue(e.getMessage().contains("RESPONSE_TIME 2026-Q3 was imported before with --business-hours"),
                e.getMessage());
    }
}
