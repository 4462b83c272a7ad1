package org.cxworkbench.measure.internal.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.Test;

class TimestampsTest {

    @Test
    void localForms() {
        LocalDateTime expected = LocalDateTime.of(2026, 7, 3, 16, 5);
        assertEquals(expected, Timestamps.parse("2026-07-03 16:05").local());
        assertEquals(expected, Timestamps.parse("2026-07-03T16:05:00").local());
        assertEquals(expected.plusSeconds(9), Timestamps.parse(" 2026-07-03 16:05:09 ").local());
        assertEquals(expected.plusNanos(250_000_000), Timestamps.parse("2026-07-03T16:05:00.25").local());
        assertFalse(Timestamps.parse("2026-07-03 16:05").isZoned());
    }

    @Test
    void offsetsAndZones() {
        Timestamps.Stamp utc = Timestamps.parse("2026-07-03T16:05:00Z");
        assertTrue(utc.isZoned());
        assertEquals(ZoneOffset.UTC, utc.zoned().getOffset());
        Timestamps.Stamp plusTwo = Timestamps.parse("2026-07-03T18:05:00+02:00");
        assertEquals(utc.zoned().toInstant(), plusTwo.zoned().toInstant());
        assertEquals(LocalDateTime.of(2026, 7, 3, 18, 5), plusTwo.local());
        Timestamps.Stamp amsterdam = Timestamps.parse("2026-07-03T18:05:00+02:00[Europe/Amsterdam]");
        assertEquals(ZoneId.of("Europe/Amsterdam"), amsterdam.zoned().getZone());
        assertEquals(utc.zoned().toInstant(), amsterdam.zoned().toInstant());
        assertEquals(utc.zoned().toInstant(), Timestamps.parse("2026-07-03 16:05:00Z").zoned().toInstant());
    }

    @Test
    void whatIsNotATimestamp() {
        assertThrows(DateTimeParseException.class, () -> Timestamps.parse("yesterday"));
        assertThrows(DateTimeParseException.class, () -> Timestamps.parse("2026-02-30 10:00"));
        assertThrows(DateTimeParseException.class, () -> Timestamps.parse("2026-07-03 25:00"));
        assertThrows(DateTimeParseException.class, () -> Timestamps.parse("03/07/2026 10:00"));
        assertThrows(DateTimeParseException.class, () -> Timestamps.parse("2026-07-03"));
        assertThrows(DateTimeParseException.class, () -> Timestamps.parse("2026-07-03 10:00 CET"));
    }
}
