package org.cxworkbench.report.xlsx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SheetNamesTest {

    @Test
    void namesAreValidShortAndUnique() {
        SheetNames names = new SheetNames();
        assertEquals("Goals", names.unique("Goals"));
        assertEquals("goals (2)", names.unique("goals"));
        assertEquals("a-b-c-d-e-f-g", names.unique("a\\b/c?d*e[f]g"));
        String long1 = names.unique("Personas and customer journeys of busy parents");
        assertEquals("Personas and customer journeys", long1);
        String long2 = names.unique("Personas and customer journeys of busy parents");
        assertTrue(long2.endsWith(" (2)") && long2.length() <= 31, long2);
        assertEquals("Sheet", names.unique("''"));
        assertEquals("Sheet (2)", names.unique("History"));
    }
}
