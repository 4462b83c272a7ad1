package org.cxworkbench.web.internal.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cxworkbench.api.kpi.KpiService;
import org.cxworkbench.web.internal.WebFixtures;
import org.cxworkbench.web.internal.http.ApiHarness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** The dashboard of the Acme example, computed with the real KPI calculators and goal tracker. */
class DashboardResourceTest {

    @TempDir
    Path dir;

    private ApiHarness api;

    @BeforeEach
    void setUp() throws Exception {
        Path folder = WebFixtures.acmeWorkspace(Files.createDirectories(dir.resolve("workspace")));
        KpiService kpis = WebFixtures.kpis();
        api = new ApiHarness().add(new DashboardResource(WebFixtures.workspace(folder, WebFixtures.store()), kpis,
                WebFixtures.goals(kpis)));
    }

    @Test
    void theScorecardHasEachKpiWithItsChangeAndGoal() throws Exception {
        JsonObject dashboard = ok("/strategies/acme/dashboard");

        assertEquals(1, dashboard.get("version").getAsLong());
        assertEquals("2026-Q3", dashboard.get("period").getAsString(), "the current period by default");
        assertEquals(List.of("2026-Q1", "2026-Q2", "2026-Q3"), strings(dashboard.getAsJsonArray("periods")));
        JsonObject nps = byCode(dashboard.getAsJsonArray("scorecard"), "NPS");
        assertEquals(32.32, nps.get("value").getAsDouble(), 0.005);
        assertEquals(31.0, nps.get("previous").getAsDouble(), 0.005);
        assertEquals("2026-Q2", nps.get("previousPeriod").getAsString());
        assertEquals(1.32, nps.get("change").getAsDouble(), 0.005);
        assertEquals("better", nps.get("direction").getAsString());
        assertEquals("points", nps.get("unit").getAsString());
        assertEquals(198, nps.get("n").getAsLong());
        assertEquals("goal-1", nps.getAsJsonObject("goal").get("id").getAsString());
        assertEquals(32.0, nps.getAsJsonObject("goal").get("target").getAsDouble(), 1e-9);
        assertEquals("ACHIEVED", nps.getAsJsonObject("goal").get("status").getAsString());
        assertEquals("good", nps.get("status").getAsString());
        JsonObject resolution = byCode(dashboard.getAsJsonArray("scorecard"), "RESOLUTION_TIME");
        assertEquals("better", resolution.get("direction").getAsString(), "lower is better: 30.0 h to 23.8 h");
        assertEquals("goal-2", resolution.getAsJsonObject("goal").get("id").getAsString(), "a sub-goal counts too");
    }

    @Test
    void trendsAreEveryKpiOverThePeriodsWithData() throws Exception {
        JsonObject trends = ok("/strategies/acme/dashboard?period=2026-Q3").getAsJsonObject("trends");

        assertEquals(List.of("2026-Q1", "2026-Q2", "2026-Q3"), strings(trends.getAsJsonArray("periods")),
                "of the last eight quarters, those before the first data are left out");
        JsonArray values = byCode(trends.getAsJsonArray("series"), "NPS").getAsJsonArray("values");
        assertEquals(29.08, values.get(0).getAsDouble(), 0.005);
        assertEquals(31.0, values.get(1).getAsDouble(), 0.005);
        assertEquals(32.32, values.get(2).getAsDouble(), 0.005);
        assertEquals(7, trends.getAsJsonArray("series").size());
    }

    @Test
    void theNpsDistributionHasTheSharesAndTheAnswersPerScore() throws Exception {
        JsonObject nps = ok("/strategies/acme/dashboard?period=2026-Q3").getAsJsonObject("nps");

        assertEquals(91, nps.get("promoters").getAsDouble(), 1e-9);
        assertEquals(80, nps.get("passives").getAsDouble(), 1e-9);
        assertEquals(27, nps.get("detractors").getAsDouble(), 1e-9);
        assertEquals(198, nps.get("n").getAsLong());
        JsonArray histogram = nps.getAsJsonArray("histogram");
        assertEquals(11, histogram.size(), "scores 0 to 10");
        long total = 0;
        long promoters = 0;
        for (JsonElement bar : histogram) {
            long count = bar.getAsJsonObject().get("count").getAsLong();
            total += count;
            if (bar.getAsJsonObject().get("score").getAsInt() >= 9) {
                promoters += count;
            }
        }
        assertEquals(198, total);
        assertEquals(91, promoters);
        assertEquals(3, nps.getAsJsonArray("byPeriod").size());
    }

    @Test
    void segmentsAreComparedByTheDimensionAsked() throws Exception {
        JsonObject segments = ok("/strategies/acme/dashboard?by=region").getAsJsonObject("segments");

        assertEquals("region", segments.get("dimension").getAsString());
        assertEquals(List.of("East", "North", "South", "West"), strings(segments.getAsJsonArray("segments")));
        JsonObject nps = byCode(segments.getAsJsonArray("kpis"), "NPS");
        assertEquals(32.32, nps.get("overall").getAsDouble(), 0.005);
        assertEquals(4, nps.getAsJsonArray("values").size());
        JsonObject byTouchpoint = ok("/strategies/acme/dashboard").getAsJsonObject("segments");
        assertEquals("touchpoint", byTouchpoint.get("dimension").getAsString(), "touchpoint by default");
        assertTrue(strings(byTouchpoint.getAsJsonArray("segments")).contains("Mobile app"));
    }

    @Test
    void goalProgressListsEveryGoalWithItsDepth() throws Exception {
        JsonArray goals = ok("/strategies/acme/dashboard").getAsJsonArray("goals");

        assertEquals(List.of("goal-1", "goal-2", "goal-3"), ids(goals));
        assertEquals(1, goals.get(1).getAsJsonObject().get("depth").getAsInt());
        assertEquals("goal-1", goals.get(1).getAsJsonObject().get("parent").getAsString());
        JsonObject first = goals.get(0).getAsJsonObject();
        assertEquals("NPS", first.get("kpi").getAsString());
        assertTrue(first.get("explanation").getAsString().contains("NPS"), first.toString());
    }

    @Test
    void aPeriodWithoutDataHasEmptyValuesNotErrors() throws Exception {
        JsonObject dashboard = ok("/strategies/acme/dashboard?period=2025-Q1");
        assertEquals(0, dashboard.getAsJsonArray("scorecard").size());
        assertTrue(dashboard.getAsJsonObject("nps").get("value").isJsonNull(), "no value is null, not NaN");
    }

    @Test
    void unknownPeriodsAndDimensionsAreRefusedNamingTheChoices() throws Exception {
        ApiHarness.Answer period = api.get("/strategies/acme/dashboard?period=third");
        assertEquals(422, period.status());
        ApiHarness.Answer by = api.get("/strategies/acme/dashboard?by=planet");
        assertEquals(422, by.status());
        assertTrue(by.json().get("error").getAsString().contains("dimensions: region, touchpoint"), by.text());
        assertEquals(404, api.get("/strategies/none/dashboard").status());
    }

    private JsonObject ok(String path) throws Exception {
        ApiHarness.Answer answer = api.get(path);
        assertEquals(200, answer.status(), answer.text());
        return answer.json();
    }

    private static JsonObject byCode(JsonArray array, String code) {
        for (JsonElement e : array) {
            if (e.getAsJsonObject().get("code").getAsString().equals(code)) {
                return e.getAsJsonObject();
            }
        }
        throw new AssertionError("no " + code + " in " + array);
    }

    private static List<String> strings(JsonArray array) {
        List<String> list = new ArrayList<>();
        array.forEach(e -> list.add(e.getAsString()));
        return list;
    }

    private static List<String> ids(JsonArray array) {
        List<String> list = new ArrayList<>();
        array.forEach(e -> list.add(e.getAsJsonObject().get("id").getAsString()));
        return list;
    }
}
