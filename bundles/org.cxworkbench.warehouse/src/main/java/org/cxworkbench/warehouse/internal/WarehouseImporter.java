package org.cxworkbench.warehouse.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.warehouse.internal.sql.MappedScore;
import org.cxworkbench.warehouse.internal.sql.SqlIdentifier;
import org.cxworkbench.warehouse.internal.sql.WarehouseMapping;
import org.cxworkbench.warehouse.internal.sql.WarehouseQueries;
import org.cxworkbench.warehouse.internal.sql.WhereCondition;

/**
 * A warehouse import in two steps: {@link #plan} checks the request against the strategy (names, KPI
 * definitions and their scales) without touching the database; {@link #run} runs the queries on a
 * connection and applies the result to the strategy (in memory; the caller saves it).
 */
public final class WarehouseImporter {

    /** A checked request: the mapping the SQL is built from and the KPI definitions it uses. */
    public record Plan(WarehouseRequest request, WarehouseMapping mapping, Map<String, KpiDefinition> definitions) {

        /** The queries, with names quoted by {@code quote}. */
        public WarehouseQueries queries(String quote) {
            return WarehouseQueries.of(mapping, quote);
        }
    }

    private final KpiDefinitionLookup lookup;

    /** @param defaults fresh default KPI definitions, for codes the strategy does not define */
    public WarehouseImporter(Supplier<List<KpiDefinition>> defaults) {
        this.lookup = new KpiDefinitionLookup(defaults);
    }

    /**
     * Checks {@code request}.
     *
     * @throws IllegalArgumentException naming the option at fault
     */
    public Plan plan(Strategy strategy, WarehouseRequest request) {
        Map<String, KpiDefinition> definitions = new LinkedHashMap<>();
        List<MappedScore> scores = new ArrayList<>();
        request.kpiColumns().forEach((code, column) -> {
            SqlIdentifier name = SqlIdentifier.of("--map " + code + "=", column);
            KpiDefinition definition = lookup.find(strategy, code, column);
            definitions.put(code, definition);
            scores.add(new MappedScore(code, name, definition.getScaleMin(), definition.getScaleMax()));
        });
        Map<String, SqlIdentifier> segments = new LinkedHashMap<>();
        request.segments().forEach((name, column) -> segments.put(name,
                SqlIdentifier.of("--segment " + name + "=", column)));
        WarehouseMapping mapping = new WarehouseMapping(SqlIdentifier.of("--table", request.table()), scores,
                SqlIdentifier.of("--date", request.dateColumn()), segments,
                request.idColumn().map(id -> SqlIdentifier.of("--id", id)), request.where().map(WhereCondition::of));
        return new Plan(request, mapping, definitions);
    }

    /**
     * Runs the planned queries on {@code connection} and applies the result to {@code strategy}.
     *
     * @throws SQLException if the database refuses a query
     * @throws IllegalStateException if no answer counted; the strategy is unchanged then
     */
    public WarehouseImportResult run(Strategy strategy, Plan plan, Connection connection) throws SQLException {
        String quote = connection.getMetaData().getIdentifierQuoteString();
        WarehouseQueries queries = plan.queries(quote == null ? "" : quote.strip());
        WarehouseData data = new WarehouseReader(plan.mapping(), queries, plan.request().granularity()).read(connection);
        if (data.answersCounted() == 0) {
            throw new IllegalStateException(plan.request().source() + ": no answer counted (" + data.rowsRead()
                    + " rows read, " + data.rowsWithoutDate() + " without a date, " + data.answersRejected()
                    + " answers rejected); nothing was changed");
        }
        return new WarehouseImport(strategy, plan.request().surveyName(), plan.definitions(), plan.mapping())
                .apply(data, plan.request().source(), queries.sha256());
    }
}
