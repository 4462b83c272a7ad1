package org.cxworkbench.measure.internal.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class BusinessHoursTest {

    private final BusinessHours nineToFive = BusinessHours.parse("09:00-17:00").orElseThrow();

    @Test
    void fridayFourPmToMondayTenAmIsTwoBusinessHours() {
        // 2026-07-03 is a Friday, 2026-07-06 a Monday.
        assertEquals(Duration.ofHours(2), nineToFive.between(LocalDateTime.of(2026, 7, 3, 16, 0),
                LocalDateTime.of(2026, 7, 6, 10, 0)));
    }

    @Test
    void outsideHoursAndWeekendsCountNothing() {
        assertEquals(Duration.ZERO, nineToFive.between(LocalDateTime.of(2026, 7, 4, 10, 0),
                LocalDateTime.of(2026, 7, 5, 16, 0)));
        assertEquals(Duration.ZERO, nineToFive.between(LocalDateTime.of(2026, 7, 6, 17, 30),
                LocalDateTime.of(2026, 7, 7, 8, 0)));
    }

    @Test
    void aFullWorkingWeek() {
        assertEquals(Duration.ofHours(40), nineToFive.between(LocalDateTime.of(2026, 7, 6, 0, 0),
                LocalDateTime.of(2026, 7, 11, 0, 0)));
        assertEquals(Duration.ofMinutes(95), nineToFive.between(LocalDateTime.of(2026, 7, 6, 9, 20),
                LocalDateTime.of(2026, 7, 6, 10, 55)));
    }

    @Test
    void badHoursAreRefused() {
        assertTrue(BusinessHours.parse("17:00-09:00").isEmpty());
        assertTrue(BusinessHours.parse("9 to 5").isEmpty());
        assertTrue(BusinessHours.parse("25:00-26:00").isEmpty());
    }
}
