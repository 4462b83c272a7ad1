package org.cxworkbench.warehouse.internal.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class WarehouseQueriesTest {

    private static WarehouseMapping mapping(Optional<WhereCondition> where) {
        Map<String, SqlIdentifier> segments = new LinkedHashMap<>();
        segments.put("touchpoint", SqlIdentifier.of("--segment", "touchpoint"));
        segments.put("region", SqlIdentifier.of("--segment", "region"));
        return new WarehouseMapping(SqlIdentifier.of("--table", "cx.responses"),
                List.of(new MappedScore("NPS", SqlIdentifier.of("--map", "q_nps"), 0, 10),
                        new MappedScore("CSAT", SqlIdentifier.of("--map", "q_csat"), 1, 5)),
                SqlIdentifier.of("--date", "end_date"), segments, Optional.of(SqlIdentifier.of("--id", "response_id")),
                where);
    }

    @Test
    void oneAggregatePerKpiGroupedByYearMonthSegmentsAndScore() {
        WarehouseQueries queries = WarehouseQueries.of(mapping(Optional.empty()), "\"");
        assertEquals(2, queries.aggregates().size());
        BoundQuery nps = queries.aggregates().get(0);
        assertEquals("SELECT EXTRACT(YEAR FROM \"end_date\"), EXTRACT(MONTH FROM \"end_date\"), \"touchpoint\", "
                + "\"region\", CAST(\"q_nps\" AS INTEGER), COUNT(*)\n"
                + "FROM \"cx\".\"responses\"\n"
                + "WHERE \"end_date\" IS NOT NULL AND (\"q_nps\" BETWEEN ? AND ? AND \"q_nps\" = FLOOR(\"q_nps\"))\n"
                + "GROUP BY EXTRACT(YEAR FROM \"end_date\"), EXTRACT(MONTH FROM \"end_date\"), \"touchpoint\", "
                + "\"region\", CAST(\"q_nps\" AS INTEGER)", nps.sql());
        assertEquals(List.of(0, 10), nps.parameters());
        assertEquals(List.of(1, 5), queries.aggregates().get(1).parameters());
    }

    @Test
    void periodExpressionsUsePortableExtractOfYearAndMonthOnly() {
        WarehouseQueries queries = WarehouseQueries.of(mapping(Optional.empty()), "\"");
        assertEquals("EXTRACT(YEAR FROM \"end_date\")", queries.yearExpression());
        assertEquals("EXTRACT(MONTH FROM \"end_date\")", queries.monthExpression());
        assertFalse(queries.script().contains("QUARTER"));
        assertFalse(queries.script().contains("||"), "periods are put together in Java, not in SQL");
    }

    @Test
    void theAccountingQueryCountsEveryRowAndAnswerWithBoundScales() {
        BoundQuery accounting = WarehouseQueries.of(mapping(Optional.empty()), "\"").accounting();
        assertTrue(accounting.sql().startsWith("SELECT COUNT(*),\n  SUM(CASE WHEN \"end_date\" IS NULL THEN 1 ELSE 0 END)"),
                accounting.sql());
        assertTrue(accounting.sql().contains("SUM(CASE WHEN \"end_date\" IS NOT NULL AND \"q_csat\" IS NULL THEN 1 ELSE 0 END)"));
        assertTrue(accounting.sql().contains("COUNT(\"response_id\") - COUNT(DISTINCT \"response_id\")"));
        assertEquals(List.of(0, 10, 1, 5, 0, 10, 0, 10, 1, 5, 1, 5), accounting.parameters());
        assertFalse(accounting.sql().contains("10"), "scale bounds are parameters, never SQL text");
    }

    @Test
    void theOperatorsConditionIsAndedToEveryQuery() {
        WarehouseQueries queries = WarehouseQueries.of(mapping(Optional.of(WhereCondition.of("brand = 'acme'"))), "\"");
        queries.aggregates().forEach(q -> assertTrue(q.sql().contains("\n  AND (brand = 'acme')\nGROUP BY"), q.sql()));
        assertTrue(queries.accounting().sql().endsWith("FROM \"cx\".\"responses\"\nWHERE (brand = 'acme')"));
    }

    @Test
    void theChecksumFollowsTheSqlText() {
        WarehouseQueries plain = WarehouseQueries.of(mapping(Optional.empty()), "\"");
        assertEquals(plain.sha256(), WarehouseQueries.of(mapping(Optional.empty()), "\"").sha256());
        assertNotEquals(plain.sha256(), WarehouseQueries.of(mapping(Optional.of(WhereCondition.of("1 = 1"))), "\"").sha256());
        assertEquals(64, plain.sha256().length());
        assertTrue(plain.script().contains("-- parameters: [0, 10]\nSELECT"));
    }
}
