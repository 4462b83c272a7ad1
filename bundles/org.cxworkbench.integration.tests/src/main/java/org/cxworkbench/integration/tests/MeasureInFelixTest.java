package org.cxworkbench.integration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;

/** Step 8 inside the framework: default definitions, customer counts, tickets and KPIs wired by DS. */
class MeasureInFelixTest {

    @InjectBundleContext
    BundleContext context;

    @TempDir
    Path dir;

    @Test
    void customersTicketsAndKpis() throws Exception {
        String file = dir.resolve("m.cxs").toString();
        assertEquals(0, Cxw.run(context, "new", file, "--name", "Measure", "--period", "2026-Q1").exitCode());

        Cxw.Result definitions = Cxw.run(context, "kpi-definitions", file, "--json");
        assertEquals(0, definitions.exitCode(), definitions.err());
        assertTrue(definitions.out().contains("\"code\": \"RESOLUTION_TIME\""), definitions.out());

        Cxw.Result customers = Cxw.run(context, "customers", file, "--period", "2026-Q1", "--start", "500", "--end", "450");
        assertEquals(0, customers.exitCode(), customers.err());

        Path tickets = dir.resolve("tickets.csv");
        Files.writeString(tickets, "id,opened,first_reply,resolved\nT-1,2026-01-02 16:00,2026-01-02 16:30,"
                + "2026-01-05 10:00\n", StandardCharsets.UTF_8);
        Cxw.Result imported = Cxw.run(context, "import-tickets", file, tickets.toString(), "--business-hours",
                "09:00-17:00");
        assertEquals(0, imported.exitCode(), imported.err());

        Cxw.Result kpi = Cxw.run(context, "kpi", file, "--period", "2026-Q1", "--json");
        assertEquals(0, kpi.exitCode(), kpi.err());
        assertTrue(kpi.out().contains("\"netCustomerLoss\": 10.0"), kpi.out());
        assertTrue(kpi.out().contains("\"businessMean\": 2.0"), kpi.out());

        Cxw.Result unknown = Cxw.run(context, "kpi", file, "--period", "2026-Q2");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("periods with data: 2026-Q1"), unknown.err());
    }
}
