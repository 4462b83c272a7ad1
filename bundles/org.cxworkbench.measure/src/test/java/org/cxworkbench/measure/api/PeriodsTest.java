package org.cxworkbench.measure.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PeriodsTest {

    @Test
    void previousQuarterAndMonth() {
        assertEquals("2026-Q2", Periods.previous("2026-Q3"));
        assertEquals("2025-Q4", Periods.previous("2026-Q1"));
        assertEquals("2025-12", Periods.previous("2026-01"));
        assertEquals("2026-08", Periods.previous("2026-09"));
        assertEquals("2027-Q1", Periods.next("2026-Q4"));
        assertEquals("2024-Q4", Periods.shift("2026-Q3", -7));
    }

    @Test
    void validity() {
        assertTrue(Periods.isValid("2026-Q3"));
        assertTrue(Periods.isValid("2026-12"));
        assertFalse(Periods.isValid("2026-Q5"));
        assertFalse(Periods.isValid("2026-13"));
        assertFalse(Periods.isValid("Q3 2026"));
        assertThrows(IllegalArgumentException.class, () -> Periods.previous("last quarter"));
    }

    @Test
    void chronologicalOrderOfQuartersAndMonths() {
        List<String> periods = new ArrayList<>(List.of("2026-Q3", "2025-Q4", "2026-09", "2026-01", "2026-Q1", "2025-12"));
        periods.sort(Periods.CHRONOLOGICAL);
        assertEquals(List.of("2025-12", "2025-Q4", "2026-01", "2026-Q1", "2026-09", "2026-Q3"), periods);
    }

    @Test
    void periodOfADate() {
        assertEquals("2026-Q3", Periods.of(LocalDate.of(2026, 9, 30), Periods.Granularity.QUARTER));
        assertEquals("2026-Q4", Periods.of(LocalDate.of(2026, 10, 1), Periods.Granularity.QUARTER));
        assertEquals("2026-07", Periods.of(LocalDate.of(2026, 7, 3), Periods.Granularity.MONTH));
        assertEquals(LocalDate.of(2026, 7, 1), Periods.firstDay("2026-Q3"));
    }

    @Test
    void aTrendWindowEndsWithThePeriodAndCrossesYears() {
        assertEquals(List.of("2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"),
                Periods.trend("2026-Q3", 4));
        assertEquals(List.of("2025-12", "2026-01"), Periods.trend("2026-01", 2));
        assertEquals(List.of("2026-Q3"), Periods.trend("2026-Q3", 1));
        assertThrows(IllegalArgumentException.class, () -> Periods.trend("Q3", 2));
    }
}
