package org.cxworkbench.warehouse.internal.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WhereConditionTest {

    @Test
    void aConditionIsParenthesised() {
        assertEquals("(brand = 'acme' AND (channel <> 'test' OR channel IS NULL))",
                WhereCondition.of("  brand = 'acme' AND (channel <> 'test' OR channel IS NULL) ").sql());
    }

    @Test
    void separatorsAndCommentMarkersInsideStringLiteralsAreData() {
        assertEquals("(note = 'a;b -- c /* d')", WhereCondition.of("note = 'a;b -- c /* d'").sql());
        assertEquals("(\"odd;name\" = 1)", WhereCondition.of("\"odd;name\" = 1").sql());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1=1; DROP TABLE responses", "brand = 'acme' -- and the rest", "brand = 'acme' /* x */",
            "1=1) OR (1=1", "brand = 'acme", "(brand = 'acme'", "brand = 'acme')", "   "})
    void statementBreakersAreRefused(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WhereCondition.of(text));
        assertTrue(e.getMessage().startsWith("--where"), e.getMessage());
    }
}
