package org.cxworkbench.warehouse.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class JdbcConnectorTest {

    @Test
    void theRecordedSourceNeverHoldsCredentials() {
        assertEquals("jdbc:postgresql://db.internal:5432/cx",
                JdbcConnector.describe("jdbc:postgresql://db.internal:5432/cx?user=cx&password=s3cret&ssl=true"));
        assertEquals("jdbc:postgresql://db.internal/cx", JdbcConnector.describe("jdbc:postgresql://cx:s3cret@db.internal/cx"));
        assertEquals("jdbc:sqlserver://db.internal:1433",
                JdbcConnector.describe("jdbc:sqlserver://db.internal:1433;user=cx;password=s3cret"));
        assertEquals("jdbc:postgresql://127.0.0.1:55432/postgres",
                JdbcConnector.describe("jdbc:postgresql://127.0.0.1:55432/postgres"));
    }

    @Test
    void aUrlNoDriverAcceptsIsRefusedWithoutEchoingCredentials() {
        SQLException e = assertThrows(SQLException.class,
                () -> new JdbcConnector().connect("jdbc:nosuchdb://u:s3cret@host/db", "u", "s3cret"));
        assertTrue(e.getMessage().startsWith("jdbc:nosuchdb://host/db: no JDBC driver for this URL"), e.getMessage());
        assertTrue(!e.getMessage().contains("s3cret"));
    }
}
