package org.cxworkbench.integration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;

/** {@code cxw report} inside the framework: the sections, POI (XMLBeans) and OpenPDF work as bundles. */
class ReportInFelixTest {

    @InjectBundleContext
    BundleContext context;

    @TempDir
    Path dir;

    @Test
    void writesXlsxAndPdfAndListsTheSections() throws Exception {
        String file = dir.resolve("acme.cxs").toString();
        Cxw.Result created = Cxw.run(context, "new", file, "--name", "Acme", "--period", "2026-Q3");
        assertEquals(0, created.exitCode(), created.err());

        Path out = dir.resolve("reports");
        Cxw.Result report = Cxw.run(context, "report", file, "--out", out.toString(), "--json");
        assertEquals(0, report.exitCode(), report.err());
        assertTrue(report.out().contains("\"id\": \"summary\""), report.out());
        assertTrue(report.out().contains("\"id\": \"appendix\""), report.out());
        assertTrue(!report.out().contains("\"failed\""), report.out());
        byte[] xlsx = Files.readAllBytes(out.resolve("acme-2026-Q3.xlsx"));
        byte[] pdf = Files.readAllBytes(out.resolve("acme-2026-Q3.pdf"));
        assertEquals('P', xlsx[0]);
        assertEquals('K', xlsx[1]);
        assertTrue(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF-"));

        Cxw.Result pptx = Cxw.run(context, "report", file, "--out", out.toString(), "--format", "pptx");
        assertEquals(2, pptx.exitCode());
        assertTrue(pptx.err().contains("install the pptx plugin jar into plugins/"), pptx.err());
    }
}
