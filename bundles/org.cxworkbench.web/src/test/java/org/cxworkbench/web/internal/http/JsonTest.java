package org.cxworkbench.web.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What the REST API writes for values commands print (cxw plan prints its day as a LocalDate). */
class JsonTest {

    record Step(String name, LocalDate due) {
    }

    @Test
    void datesAreWrittenAsIsoTextAsTheCommandLinePrintsThem() {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("today", LocalDate.of(2026, 9, 30));
        plan.put("steps", List.of(new Step("Launch", LocalDate.of(2026, 9, 21)), new Step("Later", null)));
        plan.put("at", Instant.parse("2026-09-30T08:00:00Z"));
        assertEquals("{\"today\":\"2026-09-30\",\"steps\":[{\"name\":\"Launch\",\"due\":\"2026-09-21\"},"
                + "{\"name\":\"Later\",\"due\":null}],\"at\":\"2026-09-30T08:00:00Z\"}", Json.write(plan));
    }

    @Test
    void numbersThatAreNotFiniteAreNull() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("nan", Double.NaN);
        values.put("one", 1.5);
        assertEquals("{\"nan\":null,\"one\":1.5}", Json.write(values));
    }
}
