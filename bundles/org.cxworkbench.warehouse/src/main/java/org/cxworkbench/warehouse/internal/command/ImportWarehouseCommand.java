package org.cxworkbench.warehouse.internal.command;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.cxworkbench.api.command.CommandContext;
import org.cxworkbench.api.command.CommandException;
import org.cxworkbench.api.command.CommandSpec;
import org.cxworkbench.api.command.CxwCommand;
import org.cxworkbench.api.command.CxwCommandService;
import org.cxworkbench.api.command.StrategyFiles;
import org.cxworkbench.api.kpi.KpiDefinitionProvider;
import org.cxworkbench.api.store.StrategyStore;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.survey.api.Granularity;
import org.cxworkbench.warehouse.internal.AnswerAccount;
import org.cxworkbench.warehouse.internal.JdbcConnector;
import org.cxworkbench.warehouse.internal.WarehouseImportResult;
import org.cxworkbench.warehouse.internal.WarehouseImporter;
import org.cxworkbench.warehouse.internal.WarehouseRequest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * {@code cxw import-warehouse FILE --jdbc URL [--user U] [--password-env VAR] --table TABLE --survey NAME
 * --map KPI=COLUMN[,...] --date COLUMN [--segment NAME=COLUMN ...] [--id COLUMN] [--period quarter|month]
 * [--where SQL-CONDITION] [--print-sql] [--json]}.
 */
@Component(service = CxwCommand.class)
@CxwCommandService(command = "import-warehouse", summary = "Aggregates survey answers inside a database (SQL over JDBC) "
        + "into KPI measurements", group = "measure")
public final class ImportWarehouseCommand implements CxwCommand {

    private final StrategyStore store;
    private final JdbcConnector connector;
    private final List<KpiDefinitionProvider> providers = new CopyOnWriteArrayList<>();

    @Activate
    public ImportWarehouseCommand(@Reference StrategyStore store, @Reference JdbcConnector connector) {
        this.store = store;
        this.connector = connector;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addProvider(KpiDefinitionProvider provider) {
        providers.add(provider);
    }

    void removeProvider(KpiDefinitionProvider provider) {
        providers.remove(provider);
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of("import-warehouse", "Imports survey answers that live in a database table without copying "
                + "rows out: one aggregate query per KPI runs in the database (answers per month, segment and score), "
                + "plus one query that accounts for every row (blank answers, answers outside the scale or not "
                + "integers, rows without a date). The result REPLACES the survey's measurements of the KPIs for every "
                + "period the query returns, so running the same import again does not double count. Names are "
                + "checked (letters, digits, underscore, dot) and quoted; the password is read from an environment "
                + "variable and never printed or stored. See docs/warehouse.md.")
                .arg(StrategyFiles.FILE, "the strategy file (.cxs)")
                .option("--jdbc", "URL", "the database, e.g. jdbc:postgresql://db.example.com:5432/cx")
                .option("--user", "USER", "the database user")
                .option("--password-env", "VAR", "the environment variable holding the database password")
                .option("--table", "TABLE", "the table or view holding one row per response, e.g. survey.responses")
                .option("--survey", "NAME", "the survey the answers belong to (created if new)")
                .repeatable("--map", "KPI=COLUMN[,KPI=COLUMN...]", "which KPI each numeric answer column measures")
                .option("--date", "COLUMN", "the DATE or TIMESTAMP column the period is derived from")
                .repeatable("--segment", "NAME=COLUMN", "also aggregate per value of COLUMN as segment NAME=value")
                .option("--id", "COLUMN", "the response id column: duplicate ids are reported")
                .option("--period", "quarter|month", "period length (default quarter)")
                .option("--where", "SQL-CONDITION", "an extra row filter, trusted SQL written by the operator "
                        + "(no ';' or comments), e.g. \"brand = 'acme'\"")
                .flag("--print-sql", "print the queries (standard SQL quoting) and exit without connecting")
                .example("CX_DB_PASSWORD=... cxw import-warehouse acme.cxs --jdbc jdbc:postgresql://db:5432/cx --user cx "
                        + "--password-env CX_DB_PASSWORD --table survey.responses --survey Post-purchase "
                        + "--map NPS=q_nps,CSAT=q_csat --date end_date --segment touchpoint=touchpoint")
                .example("cxw import-warehouse acme.cxs --jdbc jdbc:postgresql://db:5432/cx --table responses --survey Web "
                        + "--map NPS=q_nps --date end_date --print-sql");
    }

    @Override
    public int run(CommandContext context) throws CommandException {
        WarehouseRequest request = request(context);
        Strategy strategy = StrategyFiles.load(store, context);
        WarehouseImporter importer = new WarehouseImporter(this::defaultDefinitions);
        WarehouseImporter.Plan plan;
        try {
            plan = importer.plan(strategy, request);
        } catch (IllegalArgumentException e) {
            throw new CommandException("cxw import-warehouse: " + e.getMessage(), e);
        }
        if (context.flag("--print-sql")) {
            String script = plan.queries("\"").script();
            if (context.json()) {
                context.printJson(Map.of("sql", script, "sha256", plan.queries("\"").sha256()));
            } else {
                context.out().print(script);
            }
            return OK;
        }
        String password = null;
        Optional<String> passwordVariable = context.option("--password-env");
        if (passwordVariable.isPresent()) {
            password = System.getenv(passwordVariable.get());
            if (password == null) {
                throw new CommandException("cxw import-warehouse: --password-env " + passwordVariable.get()
                        + ": the environment variable is not set");
            }
        }
        WarehouseImportResult result;
        try (Connection connection = connector.connect(request.url(), context.option("--user").orElse(null), password)) {
            result = importer.run(strategy, plan, connection);
        } catch (SQLException e) {
            throw new CommandException(JdbcConnector.describe(request.url()) + " table " + request.table() + ": "
                    + e.getMessage(), e);
        } catch (IllegalStateException e) {
            throw new CommandException(e.getMessage(), e);
        }
        StrategyFiles.save(store, strategy);
        if (context.json()) {
            context.printJson(result);
        } else {
            print(context.out(), result);
        }
        return OK;
    }

    private List<KpiDefinition> defaultDefinitions() {
        List<KpiDefinition> all = new ArrayList<>();
        providers.forEach(p -> all.addAll(p.definitions()));
        return all;
    }

    private static WarehouseRequest request(CommandContext context) throws CommandException {
        String url = required(context, "--jdbc", "URL");
        Map<String, String> kpiColumns = new LinkedHashMap<>();
        for (String value : context.options("--map")) {
            for (String pair : value.split(",")) {
                String[] kv = pair.split("=", 2);
                if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank()) {
                    throw new CommandException("cxw import-warehouse: --map " + pair + ": expected KPI=COLUMN, e.g. NPS=q_nps");
                }
                if (kpiColumns.putIfAbsent(kv[0].strip(), kv[1].strip()) != null) {
                    throw new CommandException("cxw import-warehouse: --map " + pair + ": KPI " + kv[0].strip()
                            + " is mapped twice");
                }
            }
        }
        if (kpiColumns.isEmpty()) {
            throw new CommandException("cxw import-warehouse: --map KPI=COLUMN is required, e.g. --map NPS=q_nps");
        }
        Map<String, String> segments = new LinkedHashMap<>();
        for (String value : context.options("--segment")) {
            String[] kv = value.split("=", 2);
            if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank()) {
                throw new CommandException("cxw import-warehouse: --segment " + value
                        + ": expected NAME=COLUMN, e.g. touchpoint=channel");
            }
            segments.put(kv[0].strip(), kv[1].strip());
        }
        Granularity granularity;
        try {
            granularity = Granularity.parse(context.option("--period").orElse("quarter"));
        } catch (IllegalArgumentException e) {
            throw new CommandException("cxw import-warehouse: --period: " + e.getMessage(), e);
        }
        return new WarehouseRequest(url, required(context, "--table", "TABLE"), required(context, "--survey", "NAME"),
                kpiColumns, required(context, "--date", "COLUMN"), segments, context.option("--id"),
                context.option("--where"), granularity);
    }

    private static String required(CommandContext context, String option, String valueName) throws CommandException {
        return context.option(option).filter(v -> !v.isBlank()).orElseThrow(
                () -> new CommandException("cxw import-warehouse: " + option + " " + valueName + " is required"));
    }

    private static void print(PrintWriter out, WarehouseImportResult result) {
        out.printf("Imported survey '%s'%s from %s (SQL SHA-256 %s...)%n", result.surveyName(),
                result.surveyCreated() ? " (new)" : "", result.source(), result.checksum().substring(0, 12));
        if (!result.definitionsAdded().isEmpty()) {
            out.println("  KPI definitions added: " + String.join(", ", result.definitionsAdded()));
        }
        out.printf("  rows read %,d: accepted %,d, rejected %,d (%,d without a date)%s%n", result.rowsRead(),
                result.rowsAccepted(), result.rowsRejected(), result.rowsWithoutDate(),
                result.duplicateIds() > 0 ? "; " + String.format("%,d", result.duplicateIds())
                        + " rows repeat a response id (counted; deduplicate in the database if they are duplicates)" : "");
        for (AnswerAccount account : result.answers()) {
            out.printf("  %s (%s): %,d counted, %,d blank, %,d rejected (outside the scale or not integers)%n",
                    account.kpiCode(), account.column(), account.counted(), account.blank(), account.rejected());
        }
        out.printf("  periods replaced: %s (%d measurements replaced, %d written)%n",
                result.periods().isEmpty() ? "none" : String.join(", ", result.periods()), result.measurementsReplaced(),
                result.measurementsWritten());
    }
}
