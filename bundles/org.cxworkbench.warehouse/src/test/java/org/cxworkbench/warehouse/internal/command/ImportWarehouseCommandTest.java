package org.cxworkbench.warehouse.internal.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import org.cxworkbench.api.store.StrategyStore;
import org.cxworkbench.model.CxStrategyFactory;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.KpiKind;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.testing.CommandRun;
import org.cxworkbench.testing.TestStore;
import org.cxworkbench.warehouse.internal.JdbcConnector;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cxw import-warehouse} as the command line runs it: parsing, refusals, output, saving. */
class ImportWarehouseCommandTest {

    @TempDir
    Path dir;

    private StrategyStore store;
    private ImportWarehouseCommand command;

    @BeforeEach
    void createStrategy() throws Exception {
        store = TestStore.create();
        store.create(dir.resolve("freshcart.cxs"), "FreshCart CX strategy 2026");
        command = new ImportWarehouseCommand(store, new JdbcConnector());
        command.addProvider(() -> List.of(nps()));
    }

    private static KpiDefinition nps() {
        KpiDefinition definition = CxStrategyFactory.eINSTANCE.createKpiDefinition();
        definition.setCode("NPS");
        definition.setName("Net Promoter Score");
        definition.setKind(KpiKind.NPS);
        definition.setScaleMin(0);
        definition.setScaleMax(10);
        return definition;
    }

    private CommandRun run(String url, String... options) {
        String[] args = new String[options.length + 3];
        args[0] = "freshcart.cxs";
        args[1] = "--jdbc";
        args[2] = url;
        System.arraycopy(options, 0, args, 3, options.length);
        return CommandRun.of(command, dir, args);
    }

    @Test
    void printSqlShowsTheQueriesWithoutConnectingOrSaving() throws Exception {
        byte[] before = Files.readAllBytes(dir.resolve("freshcart.cxs"));
        CommandRun run = run("jdbc:postgresql://db.invalid:5432/cx", "--table", "survey.responses", "--survey",
                "Web checkout", "--map", "NPS=q_nps", "--date", "end_date", "--segment", "touchpoint=channel",
                "--print-sql");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("FROM \"survey\".\"responses\""), run.out());
        assertTrue(run.out().contains("-- parameters: [0, 10]\nSELECT EXTRACT(YEAR FROM \"end_date\"), "
                + "EXTRACT(MONTH FROM \"end_date\"), \"channel\", CAST(\"q_nps\" AS INTEGER), COUNT(*)"), run.out());
        assertTrue(Files.exists(dir.resolve("freshcart.cxs")));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(dir.resolve("freshcart.cxs"))));
    }

    @Test
    void anInjectedColumnNameIsRefusedBeforeConnecting() {
        CommandRun run = run("jdbc:postgresql://db.invalid:5432/cx", "--table", "responses", "--survey", "Web",
                "--map", "NPS=q_nps\" OR 1=1 --", "--date", "end_date");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--map NPS="), run.err());
        assertTrue(run.err().contains("not a plain name"), run.err());
    }

    @Test
    void aWhereConditionWithASecondStatementIsRefused() {
        CommandRun run = run("jdbc:postgresql://db.invalid:5432/cx", "--table", "responses", "--survey", "Web",
                "--map", "NPS=q_nps", "--date", "end_date", "--where", "1=1; DELETE FROM responses");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--where"), run.err());
    }

    @Test
    void aPasswordOnTheCommandLineIsNotAnOption() {
        CommandRun run = run("jdbc:postgresql://db.invalid:5432/cx", "--table", "responses", "--survey", "Web",
                "--map", "NPS=q_nps", "--date", "end_date", "--password", "s3cret");
        assertEquals(2, run.exitCode());
        assertFalse(run.out().contains("s3cret"));
    }

    @Test
    void aMissingPasswordVariableIsNamed() {
        CommandRun run = run("jdbc:postgresql://db.invalid:5432/cx", "--table", "responses", "--survey", "Web",
                "--map", "NPS=q_nps", "--date", "end_date", "--password-env", "CXW_NO_SUCH_PASSWORD_VARIABLE");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--password-env CXW_NO_SUCH_PASSWORD_VARIABLE: the environment variable is not set"),
                run.err());
    }

    @Test
    void importsFromPostgresqlSavesTheStrategyAndPrintsJson() throws Exception {
        String url = System.getenv("CXW_TEST_PG_URL");
        Assumptions.assumeTrue(url != null, "CXW_TEST_PG_URL is not set: PostgreSQL tests skipped");
        String user = System.getenv("CXW_TEST_PG_USER");
        String table = "cxw_test_command_" + ProcessHandle.current().pid();
        try (Connection connection = new JdbcConnector().connect(url, user, null);
                Statement sql = connection.createStatement()) {
            sql.execute("DROP TABLE IF EXISTS " + table);
            sql.execute("CREATE TABLE " + table + " (end_date timestamp, channel text, q_nps integer)");
            // "raise NPS by one full point this quarter": 3 promoters, 1 passive, 1 detractor, one answer out of scale
            sql.execute("INSERT INTO " + table + " VALUES ('2026-07-01 09:00', 'Mobile app', 10), "
                    + "('2026-07-02 10:00', 'Mobile app', 9), ('2026-08-15 11:00', 'Web shop', 9), "
                    + "('2026-09-30 23:59', 'Web shop', 7), ('2026-09-01 08:00', NULL, 3), ('2026-09-02 08:00', 'Web shop', 12)");
            try {
                List<String> options = List.of("--table", table, "--survey", "Web checkout", "--map", "NPS=q_nps",
                        "--date", "end_date", "--segment", "touchpoint=channel", "--json");
                String[] args = options.toArray(String[]::new);
                if (user != null) {
                    args = java.util.stream.Stream.concat(java.util.stream.Stream.of(args),
                            java.util.stream.Stream.of("--user", user)).toArray(String[]::new);
                }
                CommandRun first = run(url, args);
                assertEquals(0, first.exitCode(), first.err());
                assertTrue(first.out().trim().startsWith("{"), first.out());
                assertTrue(first.out().contains("\"rowsRead\": 6") || first.out().contains("\"rowsRead\":6"), first.out());
                CommandRun second = run(url, args);
                assertEquals(0, second.exitCode(), second.err());
                Strategy saved = store.load(dir.resolve("freshcart.cxs"));
                assertEquals(2, saved.getImports().size());
                var overall = saved.getMeasurements().stream()
                        .filter(m -> m.getPeriod().equals("2026-Q3") && m.getSegmentKey().isEmpty()).toList();
                assertEquals(1, overall.size());
                assertEquals(5, overall.get(0).getCount(), "not doubled by the second run; 12 rejected");
                assertEquals(38.0, overall.get(0).getSum());
                assertTrue(saved.getMeasurements().stream().anyMatch(m -> m.getSegmentKey().equals("touchpoint=Web shop")
                        && m.getCount() == 2));
            } finally {
                sql.execute("DROP TABLE IF EXISTS " + table);
            }
        }
    }
}
