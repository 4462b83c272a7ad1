package org.cxworkbench.warehouse.internal.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SqlIdentifierTest {

    @Test
    void plainNamesAreQuotedPartByPart() {
        assertEquals("\"survey\".\"responses\"", SqlIdentifier.of("--table", "survey.responses").quoted("\""));
        assertEquals("`q_nps`", SqlIdentifier.of("--map NPS=", "q_nps").quoted("`"));
        assertEquals("\"_Touchpoint2\"", SqlIdentifier.of("--segment", "_Touchpoint2").quoted("\""));
    }

    @Test
    void reservedWordsBecomeUsableNamesWhenQuoted() {
        assertEquals("\"order\".\"select\"", SqlIdentifier.of("--table", "order.select").quoted("\""));
    }

    @Test
    void withoutAQuoteCharacterTheCheckedNameIsUsedAsIs() {
        assertEquals("responses", SqlIdentifier.of("--table", "responses").quoted(" "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"responses; DROP TABLE responses", "q_nps\" OR 1=1 --", "nps)--", "a b", "1abc",
            "schema..table", ".table", "table.", "q-nps", "q_nps/*", "\"quoted\"", "t`x", "naïve", "responses\n", ""})
    void injectionAttemptsAndOddNamesAreRefused(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SqlIdentifier.of("--table", text));
        assertTrue(e.getMessage().startsWith("--table"), e.getMessage());
    }

    @Test
    void overlongNamesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> SqlIdentifier.of("--date", "d".repeat(129)));
        assertEquals("d".repeat(128), SqlIdentifier.of("--date", "d".repeat(128)).text());
    }
}
