package org.cxworkbench.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class PeriodsTest {

    @Test
    void quartersAndMonths() {
        assertTrue(Periods.isValid("2026-Q3"));
        assertTrue(Periods.isValid("2026-09"));
        assertFalse(Periods.isValid("2026-Q5"));
        assertFalse(Periods.isValid("2026-13"));
        assertFalse(Periods.isValid("Q3 2026"));
        assertEquals("2025-Q4", Periods.previous("2026-Q1"));
        assertEquals("2025-12", Periods.previous("2026-01"));
        assertEquals(List.of("2026-Q1", "2026-Q2", "2026-Q3"), Periods.trend("2026-Q3", 3));
        assertEquals(LocalDate.of(2026, 9, 30), Periods.end("2026-Q3"));
        assertEquals(LocalDate.of(2026, 2, 28), Periods.end("2026-02"));
    }
}
