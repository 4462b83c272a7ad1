package org.cxworkbench.warehouse.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.cxworkbench.model.CxStrategyFactory;
import org.cxworkbench.model.ImportKind;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.KpiKind;
import org.cxworkbench.model.Measurement;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.survey.api.Granularity;
import org.cxworkbench.survey.api.ImportOptions;
import org.cxworkbench.survey.api.ImportResult;
import org.cxworkbench.survey.internal.SurveyImportService;
import org.cxworkbench.survey.internal.csv.CsvSurveySource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the warehouse import against a real PostgreSQL server ({@code CXW_TEST_PG_URL}, started by
 * {@code releng/ci/services.sh}) on a generated table, and the file import on a CSV with the same rows,
 * and compares the measurements.
 */
class PostgresWarehouseImportTest {

    private static final String[] TOUCHPOINTS = {"Mobile app", "Web shop", "Call centre", " ", null};
    private static final String[] REGIONS = {"North", "South"};
    private static final String TABLE = "cxw_test_responses_" + ProcessHandle.current().pid();

    /** One generated response; {@code null} fields are blank in the CSV and NULL in the table. */
    private record Row(String id, LocalDate date, String touchpoint, String region, BigDecimal nps, BigDecimal csat) {
    }

    private static List<Row> rows;
    private static Connection connection;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadTable() throws SQLException {
        String url = System.getenv("CXW_TEST_PG_URL");
        Assumptions.assumeTrue(url != null, "CXW_TEST_PG_URL is not set: PostgreSQL tests skipped "
                + "(start a server with releng/ci/services.sh start_services)");
        connection = new JdbcConnector().connect(url, System.getenv("CXW_TEST_PG_USER"), null);
        rows = generate(1200, new Random(20260301));
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("DROP TABLE IF EXISTS " + TABLE);
            ddl.execute("CREATE TABLE " + TABLE + " (response_id text, end_date date, touchpoint text, region text, "
                    + "q_nps numeric, q_csat numeric)");
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE + " VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Row row : rows) {
                insert.setString(1, row.id());
                if (row.date() == null) {
                    insert.setNull(2, Types.DATE);
                } else {
                    insert.setDate(2, Date.valueOf(row.date()));
                }
                insert.setString(3, row.touchpoint());
                insert.setString(4, row.region());
                insert.setBigDecimal(5, row.nps());
                insert.setBigDecimal(6, row.csat());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    @AfterAll
    static void dropTable() throws SQLException {
        if (connection != null) {
            connection.setReadOnly(false);
            connection.setAutoCommit(true);
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("DROP TABLE IF EXISTS " + TABLE);
            }
            connection.close();
        }
    }

    private static List<Row> generate(int count, Random random) {
        List<Row> generated = new ArrayList<>();
        LocalDate first = LocalDate.of(2025, 1, 1);
        for (int i = 1; i <= count; i++) {
            LocalDate date = random.nextInt(50) == 0 ? null : first.plusDays(random.nextInt(546));
            BigDecimal nps = switch (random.nextInt(40)) {
                case 0, 1 -> null;
                case 2 -> new BigDecimal("11");
                case 3 -> new BigDecimal("7.5");
                case 4 -> new BigDecimal("-1");
                default -> BigDecimal.valueOf(random.nextInt(11));
            };
            BigDecimal csat = switch (random.nextInt(30)) {
                case 0, 1, 2 -> null;
                case 3 -> BigDecimal.ZERO;
                default -> BigDecimal.valueOf(1 + random.nextInt(5));
            };
            generated.add(new Row("R_" + i, date, TOUCHPOINTS[random.nextInt(TOUCHPOINTS.length)],
                    REGIONS[random.nextInt(REGIONS.length)], nps, csat));
        }
        return generated;
    }

    private static Strategy strategy() {
        Strategy strategy = CxStrategyFactory.eINSTANCE.createStrategy();
        strategy.setName("FreshCart CX strategy 2026");
        strategy.getKpiDefinitions().add(definition("NPS", KpiKind.NPS, 0, 10));
        strategy.getKpiDefinitions().add(definition("CSAT", KpiKind.CSAT, 1, 5));
        return strategy;
    }

    private static KpiDefinition definition(String code, KpiKind kind, int min, int max) {
        KpiDefinition definition = CxStrategyFactory.eINSTANCE.createKpiDefinition();
        definition.setCode(code);
        definition.setName(code);
        definition.setKind(kind);
        definition.setScaleMin(min);
        definition.setScaleMax(max);
        return definition;
    }

    private static WarehouseRequest request(Granularity granularity, Optional<String> where) {
        Map<String, String> kpis = new LinkedHashMap<>();
        kpis.put("NPS", "q_nps");
        kpis.put("CSAT", "q_csat");
        Map<String, String> segments = new LinkedHashMap<>();
        segments.put("touchpoint", "touchpoint");
        segments.put("region", "region");
        return new WarehouseRequest(System.getenv("CXW_TEST_PG_URL"), TABLE, "Web checkout", kpis, "end_date", segments,
                Optional.of("response_id"), where, granularity);
    }

    private static WarehouseImportResult warehouseImport(Strategy strategy, WarehouseRequest request) throws SQLException {
        WarehouseImporter importer = new WarehouseImporter(List::of);
        return importer.run(strategy, importer.plan(strategy, request), connection);
    }

    private ImportResult fileImport(Strategy strategy, Granularity granularity) throws Exception {
        Path csv = dir.resolve("web-checkout.csv");
        StringBuilder text = new StringBuilder("ResponseId,EndDate,Touchpoint,Region,Q_NPS,Q_CSAT\n");
        for (Row row : rows) {
            text.append(row.id()).append(',').append(row.date() == null ? "" : row.date().toString()).append(',')
                    .append(row.touchpoint() == null ? "" : row.touchpoint()).append(',').append(row.region()).append(',')
                    .append(row.nps() == null ? "" : row.nps().toPlainString()).append(',')
                    .append(row.csat() == null ? "" : row.csat().toPlainString()).append('\n');
        }
        Files.writeString(csv, text, StandardCharsets.UTF_8);
        Map<String, String> kpis = new LinkedHashMap<>();
        kpis.put("NPS", "Q_NPS");
        kpis.put("CSAT", "Q_CSAT");
        Map<String, String> segments = new LinkedHashMap<>();
        segments.put("touchpoint", "Touchpoint");
        segments.put("region", "Region");
        SurveyImportService importer = new SurveyImportService();
        importer.addSource(new CsvSurveySource());
        return importer.importExport(strategy, csv, ImportOptions.of("Web checkout", kpis).withSegments(segments)
                .withDateColumn("EndDate").withIdColumn("ResponseId").withGranularity(granularity));
    }

    /** Every measurement as "KPI period segment" -> "count sum sumOfSquares bins". */
    private static Map<String, String> measurements(Strategy strategy) {
        Map<String, String> all = new TreeMap<>();
        for (Measurement m : strategy.getMeasurements()) {
            String bins = m.getBins().stream().map(b -> (int) b.getValue() + ":" + b.getCount())
                    .collect(Collectors.joining(","));
            String previous = all.put(m.getKpi().getCode() + " " + m.getPeriod() + " [" + m.getSegmentKey() + "]",
                    m.getCount() + " " + m.getSum() + " " + m.getSumOfSquares() + " " + bins);
            assertEquals(null, previous, "one measurement per KPI, period and segment");
        }
        return all;
    }

    private static boolean validNps(Row row) {
        return row.nps() != null && row.nps().scale() <= 0 && row.nps().intValue() >= 0 && row.nps().intValue() <= 10;
    }

    private static boolean validCsat(Row row) {
        return row.csat() != null && row.csat().intValue() >= 1 && row.csat().intValue() <= 5;
    }

    @Test
    void warehouseAndFileImportOfTheSameRowsGiveTheSameMeasurements() throws Exception {
        for (Granularity granularity : Granularity.values()) {
            Strategy fromWarehouse = strategy();
            warehouseImport(fromWarehouse, request(granularity, Optional.empty()));
            Strategy fromFile = strategy();
            ImportResult file = fileImport(fromFile, granularity);
            assertEquals(0, file.duplicates());
            Map<String, String> expected = measurements(fromFile);
            assertEquals(granularity == Granularity.QUARTER ? 6 : 18,
                    expected.keySet().stream().map(k -> k.split(" ")[1]).distinct().count());
            assertTrue(expected.containsKey("NPS 2025-Q1 [touchpoint=Mobile app]")
                    || expected.containsKey("NPS 2025-01 [touchpoint=Mobile app]"));
            assertEquals(expected, measurements(fromWarehouse), granularity.name());
        }
    }

    @Test
    void everyRowAndAnswerIsAccountedFor() throws Exception {
        WarehouseImportResult result = warehouseImport(strategy(), request(Granularity.QUARTER, Optional.empty()));
        long withoutDate = rows.stream().filter(r -> r.date() == null).count();
        long accepted = rows.stream().filter(r -> r.date() != null && (validNps(r) || validCsat(r))).count();
        assertEquals(rows.size(), result.rowsRead());
        assertEquals(withoutDate, result.rowsWithoutDate());
        assertTrue(withoutDate > 0);
        assertEquals(accepted, result.rowsAccepted());
        assertEquals(rows.size() - accepted, result.rowsRejected());
        AnswerAccount nps = result.answers().get(0);
        assertEquals("NPS", nps.kpiCode());
        assertEquals(rows.stream().filter(r -> r.date() != null && validNps(r)).count(), nps.counted());
        assertEquals(rows.stream().filter(r -> r.date() != null && r.nps() == null).count(), nps.blank());
        long npsRejected = rows.stream().filter(r -> r.date() != null && r.nps() != null && !validNps(r)).count();
        assertTrue(npsRejected > 0);
        assertEquals(npsRejected, nps.rejected());
        assertEquals(rows.size() - withoutDate, nps.counted() + nps.blank() + nps.rejected());
        AnswerAccount csat = result.answers().get(1);
        assertEquals(rows.stream().filter(r -> r.date() != null && r.csat() != null && !validCsat(r)).count(),
                csat.rejected());
        assertEquals(0, result.duplicateIds());
    }

    @Test
    void theImportRecordNamesTheSourceWithoutCredentialsAndHoldsTheCounts() throws Exception {
        Strategy strategy = strategy();
        WarehouseImportResult result = warehouseImport(strategy, request(Granularity.QUARTER, Optional.empty()));
        assertEquals(1, strategy.getImports().size());
        var record = strategy.getImports().get(0);
        assertEquals(ImportKind.WAREHOUSE, record.getKind());
        assertTrue(record.getFileName().startsWith("jdbc:postgresql://127.0.0.1:"), record.getFileName());
        assertTrue(record.getFileName().endsWith(" table " + TABLE), record.getFileName());
        assertEquals(result.checksum(), record.getChecksum());
        assertEquals(64, record.getChecksum().length());
        assertEquals(rows.size(), record.getRowsRead());
        assertEquals(result.rowsRejected(), record.getRowsRejected());
        assertTrue(record.getRejects().stream().anyMatch(r -> r.getColumn().equals("q_nps")
                && r.getReason().contains("NPS answer(s) outside 0-10 or not integers")));
        assertTrue(record.getRejects().stream().anyMatch(r -> r.getColumn().equals("end_date")
                && r.getReason().contains("without a date")));
        assertEquals("Web checkout", record.getSurvey().getName());
    }

    @Test
    void runningTheSameImportAgainReplacesInsteadOfAdding() throws Exception {
        Strategy strategy = strategy();
        warehouseImport(strategy, request(Granularity.QUARTER, Optional.empty()));
        Map<String, String> once = measurements(strategy);
        WarehouseImportResult again = warehouseImport(strategy, request(Granularity.QUARTER, Optional.empty()));
        assertEquals(once, measurements(strategy));
        assertEquals(once.size(), again.measurementsReplaced());
        assertEquals(once.size(), again.measurementsWritten());
        assertEquals(List.of("2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2"), again.periods());
        assertEquals(2, strategy.getImports().size());
        assertEquals(1, strategy.getSurveys().size());
        assertEquals(2, strategy.getSurveys().get(0).getQuestions().size());
    }

    @Test
    void aFilteredImportReplacesTheFullFiguresOfItsPeriods() throws Exception {
        Strategy strategy = strategy();
        warehouseImport(strategy, request(Granularity.QUARTER, Optional.empty()));
        Map<String, String> full = measurements(strategy);
        warehouseImport(strategy, request(Granularity.QUARTER, Optional.of("region = 'North'")));
        Map<String, String> north = measurements(strategy);
        assertEquals(full.get("NPS 2025-Q3 [region=North]"), north.get("NPS 2025-Q3 []"),
                "the filtered overall figure is the full run's North segment");
        assertFalse(north.containsKey("NPS 2025-Q3 [region=South]"), "replaced, not added to");
    }

    @Test
    void anUnknownColumnIsReportedByTheDatabaseAndNothingChanges() throws Exception {
        Strategy strategy = strategy();
        Map<String, String> kpis = Map.of("NPS", "no_such_column");
        WarehouseRequest request = new WarehouseRequest(System.getenv("CXW_TEST_PG_URL"), TABLE, "Web checkout", kpis,
                "end_date", Map.of(), Optional.empty(), Optional.empty(), Granularity.QUARTER);
        SQLException e = assertThrows(SQLException.class, () -> warehouseImport(strategy, request));
        assertTrue(e.getMessage().contains("no_such_column"), e.getMessage());
        assertTrue(strategy.getMeasurements().isEmpty());
        assertTrue(strategy.getImports().isEmpty());
        assertTrue(strategy.getSurveys().isEmpty());
    }

    @Test
    void noAnswerCountedLeavesTheStrategyUnchanged() throws Exception {
        Strategy strategy = strategy();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> warehouseImport(strategy, request(Granularity.QUARTER, Optional.of("region = 'Atlantis'"))));
        assertTrue(e.getMessage().contains("no answer counted (0 rows read"), e.getMessage());
        assertTrue(strategy.getSurveys().isEmpty());
    }
}
