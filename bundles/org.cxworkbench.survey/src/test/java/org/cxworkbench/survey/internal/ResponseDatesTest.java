package org.cxworkbench.survey.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ResponseDatesTest {

    private static final int JULY_2026 = 2026 * 12 + 6;

    @Test
    void formsOfTheToolsExports() {
        assertEquals(JULY_2026, ResponseDates.monthNumber("2026-07-14"));
        assertEquals(JULY_2026, ResponseDates.monthNumber("2026-07-14 10:23:45"));
        assertEquals(JULY_2026, ResponseDates.monthNumber("2026-07-14T10:23:45Z"));
        assertEquals(JULY_2026, ResponseDates.monthNumber("2026/07/14 10:23:45 AM GMT+2"));
        assertEquals(JULY_2026, ResponseDates.monthNumber("7/14/2026 10:23:45"));
        assertEquals(JULY_2026, ResponseDates.monthNumber("07/14/2026 10:23:45 AM"));
        assertEquals(JULY_2026, ResponseDates.monthNumber("14.07.2026"));
        assertEquals(JULY_2026, ResponseDates.monthNumber("14/07/2026"), "a first number above 12 is the day");
        assertEquals(2026 * 12 + 1, ResponseDates.monthNumber("2026-02-29".replace("2026", "2028")) - 24);
    }

    @Test
    void badDatesAreRefused() {
        assertEquals(ResponseDates.NOT_A_DATE, ResponseDates.monthNumber(""));
        assertEquals(ResponseDates.NOT_A_DATE, ResponseDates.monthNumber("not yet"));
        assertEquals(ResponseDates.NOT_A_DATE, ResponseDates.monthNumber("2026-13-01"));
        assertEquals(ResponseDates.NOT_A_DATE, ResponseDates.monthNumber("2026-02-30"));
        assertEquals(ResponseDates.NOT_A_DATE, ResponseDates.monthNumber("7/14/26"), "two-digit years are ambiguous");
        assertEquals(ResponseDates.NOT_A_DATE, ResponseDates.monthNumber("2026-07"));
        assertEquals(ResponseDates.NOT_A_DATE, ResponseDates.monthNumber("2026-07-14x"));
    }
}
