package org.cxworkbench.web.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cxworkbench.web.internal.workspace.Change;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * JSON out of and into the REST API: always valid JSON, whatever the values; dates as the command line prints them
 * (cxw plan prints its day as a LocalDate).
 */
class JsonTest {

    enum Trend { BETTER, WORSE }

    record Kpi(String name, double value, Double margin, Optional<String> unit, Trend trend) {
    }

    record Row(String touchpoint, List<Kpi> kpis) {
    }

    record Step(String name, LocalDate due) {
    }

    @Test
    void nonFiniteNumbersAreNull() {
        assertEquals("null", Json.write(Double.NaN));
        assertEquals("null", Json.write(Double.POSITIVE_INFINITY));
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("nan", Double.NaN);
        map.put("minusInfinity", Double.NEGATIVE_INFINITY);
        map.put("finite", 32.5);
        assertEquals("{\"nan\":null,\"minusInfinity\":null,\"finite\":32.5}", Json.write(map));
        List<Double> list = new ArrayList<>(List.of(1.0, Double.NaN));
        assertEquals("[1.0,null]", Json.write(list));
    }

    @Test
    void optionalsAreTheirContentOrNull() {
        assertEquals("null", Json.write(Optional.empty()));
        assertEquals("\"h\"", Json.write(Optional.of("h")));
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("empty", Optional.empty());
        map.put("number", Optional.of(Double.NaN));
        map.put("nested", Optional.of(Map.of("a", 1)));
        assertEquals("{\"empty\":null,\"number\":null,\"nested\":{\"a\":1}}", Json.write(map));
    }

    @Test
    void recordsAreObjectsWithTheirComponentsAndEnumsByName() {
        Row row = new Row("Checkout", List.of(new Kpi("NPS", Double.NaN, null, Optional.empty(), Trend.WORSE),
                new Kpi("CSAT", 72.3, 1.5, Optional.of("%"), Trend.BETTER)));
        String json = Json.write(row);
        assertEquals("{\"touchpoint\":\"Checkout\",\"kpis\":["
                + "{\"name\":\"NPS\",\"value\":null,\"margin\":null,\"unit\":null,\"trend\":\"WORSE\"},"
                + "{\"name\":\"CSAT\",\"value\":72.3,\"margin\":1.5,\"unit\":\"%\",\"trend\":\"BETTER\"}]}", json);
        JsonParser.parseString(json); // valid JSON
    }

    @Test
    void datesAndTimesAreIsoText() {
        // the body of every 409 lists Change records, which hold an Instant: java.time is not open to reflection
        Change change = new Change(7, Instant.parse("2026-09-16T08:30:00Z"), "Ann", "updated goal goal-3 (name)");
        assertEquals("{\"version\":7,\"time\":\"2026-09-16T08:30:00Z\",\"user\":\"Ann\","
                + "\"summary\":\"updated goal goal-3 (name)\"}", Json.write(change));
        assertEquals("{\"changes\":[{\"version\":7,\"time\":\"2026-09-16T08:30:00Z\",\"user\":\"Ann\","
                + "\"summary\":\"updated goal goal-3 (name)\"}]}", Json.write(Map.of("changes", List.of(change))));
        assertEquals("\"2026-09-30\"", Json.write(LocalDate.of(2026, 9, 30)));
        assertEquals("{\"due\":null}", Json.write(java.util.Collections.singletonMap("due", (LocalDate) null)));
    }

    @Test
    void textIsNotHtmlEscapedButStaysValidJson() {
        String json = Json.write(Map.of("name", "<b>Q&A</b> \"quoted\" é\n"));
        assertEquals("{\"name\":\"<b>Q&A</b> \\\"quoted\\\" é\\n\"}", json);
        assertEquals("<b>Q&A</b> \"quoted\" é\n", JsonParser.parseString(json).getAsJsonObject().get("name").getAsString());
    }

    @Test
    void readsObjectsAndTreatsAnEmptyBodyAsAnEmptyObject() throws ApiError {
        JsonObject body = Json.readObject(new StringReader("{\"values\": {\"name\": \"Checkout\", \"n\": [1, 2]}}"));
        assertEquals("Checkout", body.getAsJsonObject("values").get("name").getAsString());
        assertEquals(2, body.getAsJsonObject("values").getAsJsonArray("n").size());
        assertEquals(new JsonObject(), Json.readObject(new StringReader("")));
        assertEquals(new JsonObject(), Json.readObject(new StringReader("null")));
    }

    @Test
    void otherBodiesAreBadRequests() {
        ApiError array = assertThrows(ApiError.class, () -> Json.readObject(new StringReader("[1, 2]")));
        assertEquals(400, array.status());
        assertTrue(array.getMessage().contains("JSON object"), array.getMessage());
        ApiError broken = assertThrows(ApiError.class, () -> Json.readObject(new StringReader("{\"name\": ")));
        assertEquals(400, broken.status());
        assertTrue(broken.getMessage().contains("not valid JSON"), broken.getMessage());
        assertEquals(400, assertThrows(ApiError.class, () -> Json.readObject(new StringReader("\"text\""))).status());
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
}
