package org.cxworkbench.measure.internal.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.cxworkbench.api.command.CommandException;
import org.cxworkbench.api.command.CxwCommand;
import org.cxworkbench.measure.internal.Fixtures;
import org.cxworkbench.testing.FakeCommandContext;
import org.cxworkbench.testing.RecordingStrategyStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

class KpiCommandTest {

    private static final double EXACT = 1e-9;

    @TempDir
    Path dir;

    private final RecordingStrategyStore store = new RecordingStrategyStore();

    @BeforeEach
    void strategy() throws Exception {
        store.write(Fixtures.measured(), dir.resolve("acme.cxs"));
    }

    private FakeCommandContext kpi() {
        return new FakeCommandContext(dir).arg("FILE", "acme.cxs");
    }

    private int run(FakeCommandContext context) throws CommandException {
        return new KpiCommand(new RecordingStrategyStore(), Fixtures.kpiService()).run(context);
    }

    private static JsonObject find(JsonArray results, String code, String segment) {
        for (JsonElement e : results) {
            JsonObject o = e.getAsJsonObject();
            if (o.get("code").getAsString().equals(code) && o.get("segmentKey").getAsString().equals(segment)) {
                return o;
            }
        }
        throw new AssertionError(code + " " + segment + " not in " + results);
    }

    @Test
    void jsonListsEveryKpiOfThePeriodWithTheFiguresBehindIt() throws Exception {
        FakeCommandContext context = kpi().option("--period", "2026-Q3").option("--by", "touchpoint").json(true);
        assertEquals(CxwCommand.OK, run(context));
        JsonArray results = context.printedJson().getAsJsonArray();
        assertEquals(7, results.size(), results.toString());

        JsonObject nps = find(results, "NPS", "");
        assertEquals("Net Promoter Score", nps.get("name").getAsString());
        assertEquals(1, nps.get("definitionVersion").getAsInt());
        assertEquals("2026-Q3", nps.get("period").getAsString());
        assertEquals(30.0, nps.get("value").getAsDouble(), EXACT);
        assertEquals(100, nps.get("n").getAsLong());
        JsonObject details = nps.getAsJsonObject("details");
        assertEquals(50, details.get("promoters").getAsDouble(), EXACT);
        assertEquals(30, details.get("passives").getAsDouble(), EXACT);
        assertEquals(20, details.get("detractors").getAsDouble(), EXACT);
        assertEquals(15.308089364777, details.get("marginOfError").getAsDouble(), 1e-9);
        assertEquals(0, nps.getAsJsonArray("warnings").size());

        JsonObject mobile = find(results, "NPS", "touchpoint=Mobile app");
        assertEquals((8 - 4) / 12.0 * 100, mobile.get("value").getAsDouble(), EXACT);
        assertEquals("small sample: n = 12 is below the minimum of 30 for NPS in touchpoint=Mobile app",
                mobile.getAsJsonArray("warnings").get(0).getAsString());

        JsonObject csat = find(results, "CSAT", "");
        assertEquals(80.0, csat.get("value").getAsDouble(), EXACT);
        assertEquals((100 + 80 + 24 + 2) / 50.0, csat.getAsJsonObject("details").get("mean").getAsDouble(), EXACT);

        assertEquals((70 + 120 + 30) / 40.0, find(results, "CES", "").get("value").getAsDouble(), EXACT);

        JsonObject churn = find(results, "CHURN", "");
        assertEquals(14.0, churn.get("value").getAsDouble(), EXACT);
        assertEquals(10.0, churn.getAsJsonObject("details").get("netCustomerLoss").getAsDouble(), EXACT);
        JsonObject retention = find(results, "RETENTION", "");
        assertEquals(86.0, retention.get("value").getAsDouble(), EXACT);
        assertEquals(90.0, retention.getAsJsonObject("details").get("grossRetentionSimple").getAsDouble(), EXACT);

        JsonObject ttr = find(results, "RESOLUTION_TIME", "");
        assertEquals(960 / 60.0 / 4, ttr.get("value").getAsDouble(), EXACT);
        assertEquals(2.5, ttr.getAsJsonObject("details").get("median").getAsDouble(), EXACT);
        assertEquals(10.0, ttr.getAsJsonObject("details").get("p90").getAsDouble(), EXACT);
        assertEquals("small sample: n = 4 is below the minimum of 30 for RESOLUTION_TIME",
                ttr.getAsJsonArray("warnings").get(0).getAsString());
        assertTrue(context.output().startsWith("["), "JSON only on stdout");
    }

    @Test
    void textShowsVersionsLabelsAndWarnings() throws Exception {
        FakeCommandContext context = kpi().option("--period", "2026-Q3");
        run(context);
        String out = context.output();
        assertTrue(out.startsWith("2026-Q3, all"), out);
        assertTrue(out.contains("NPS v1                 +30.0 points, n 100: promoters 50 (50.0 %), passives 30 (30.0 %), "
                + "detractors 20 (20.0 %); 95 % margin of error +/-15.3 points"), out);
        assertTrue(out.contains("CHURN v1               churn rate 14.0 %, net customer loss 10.0 % (customers at start 500)"),
                out);
        assertTrue(out.contains("RETENTION v1           retention rate 86.0 %, gross retention (simple) 90.0 %"), out);
        assertTrue(out.contains("RESOLUTION_TIME v1     mean 4.00 h, median 2.50 h, p90 10.00 h, n 4"), out);
        assertTrue(out.contains("warning: small sample: n = 4"), out);
    }

    @Test
    void everyPeriodWithoutPeriodOption() throws Exception {
        FakeCommandContext context = kpi().json(true);
        run(context);
        JsonArray results = context.printedJson().getAsJsonArray();
        assertEquals("2026-Q2", results.get(0).getAsJsonObject().get("period").getAsString());
        assertEquals(21.0 + 20 - 10, results.get(0).getAsJsonObject().get("value").getAsDouble(), EXACT);
    }

    @Test
    void unknownPeriodOrSegmentListsTheKnownOnes() {
        CommandException period = assertThrows(CommandException.class, () -> run(kpi().option("--period", "2026-Q1")));
        assertEquals(2, period.exitCode());
        assertEquals("cxw kpi: no data for period 2026-Q1; periods with data: 2026-Q2, 2026-Q3", period.getMessage());
        CommandException segment = assertThrows(CommandException.class, () -> run(kpi().option("--by", "region")));
        assertEquals(2, segment.exitCode());
        assertEquals("cxw kpi: unknown segment dimension 'region'; known dimensions: touchpoint", segment.getMessage());
    }
}
