package org.cxworkbench.integration.tests;

import static org.cxworkbench.integration.tests.PluginsFolder.drop;
import static org.cxworkbench.integration.tests.PluginsFolder.hasService;
import static org.cxworkbench.integration.tests.PluginsFolder.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.cxworkbench.api.command.CxwCommand;
import org.cxworkbench.api.kpi.KpiCalculator;
import org.cxworkbench.api.kpi.KpiDefinitionProvider;
import org.cxworkbench.api.report.Chart;
import org.cxworkbench.api.report.KeyFigures;
import org.cxworkbench.api.report.ReportDocument;
import org.cxworkbench.api.report.ReportRenderer;
import org.cxworkbench.api.report.ReportSection;
import org.cxworkbench.api.report.Section;
import org.cxworkbench.api.report.Status;
import org.cxworkbench.api.store.StrategyStore;
import org.cxworkbench.model.Strategy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;

/**
 * The example plugins work when dropped into the plugins folder of a running workbench, and go away when
 * removed: the PowerPoint renderer (which needs POI's XSLF and XDDF packages from org.cxworkbench.lib.poi)
 * and the first contact resolution plugin (KPI definition, calculator, command, report section).
 */
class ExamplePluginsTest {

    private static final String PPTX = "org.cxworkbench.example.plugin.pptx";
    private static final String FCR = "org.cxworkbench.example.plugin.fcr";

    @InjectBundleContext
    BundleContext context;

    @InjectService
    StrategyStore store;

    @TempDir
    Path dir;

    @AfterEach
    void emptyThePluginsFolder() throws Exception {
        PluginsFolder.empty(context, PPTX, FCR);
    }

    @Test
    void thePowerPointRendererComesAndGoesWithItsJar() throws Exception {
        String filter = "(" + ReportRenderer.FORMAT + "=pptx)";
        assertTrue(!hasService(context, ReportRenderer.class, filter), "no pptx format before the plugin is dropped");

        drop(PPTX + ".jar");
        waitFor(() -> hasService(context, ReportRenderer.class, filter), "the pptx renderer");
        ServiceReference<ReportRenderer> reference = context.getServiceReferences(ReportRenderer.class, filter)
                .iterator().next();
        assertEquals(PPTX, reference.getBundle().getSymbolicName());
        ReportRenderer renderer = context.getService(reference);
        try {
            assertEquals("pptx", renderer.extension());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            renderer.render(new ReportDocument("Acme Fresh CX report 2026-Q3", "Acme Fresh", "2026-Q3", "en", List.of(
                    new Section("summary", "Summary", List.of(new KeyFigures(List.of(
                            new KeyFigures.KeyFigure("NPS", "42.0", "+1.0 vs 2026-Q2", Status.GOOD))))),
                    new Section("kpis", "KPIs", List.of(new Chart("trend", "NPS", Chart.Kind.LINE,
                            List.of("2026-Q2", "2026-Q3"), List.of(new Chart.Series("NPS", List.of(41.0, 42.0))), "points")))),
                    Map.of()), out);
            List<String> entries = entries(out.toByteArray());
            assertTrue(entries.contains("ppt/slides/slide3.xml"), "title, scorecard and KPI trend slides: " + entries);
            assertTrue(entries.stream().anyMatch(e -> e.startsWith("ppt/charts/chart")), "a native chart: " + entries);
        } finally {
            context.ungetService(reference);
        }

        Cxw.Result plugins = Cxw.run(context, "plugins");
        assertEquals(0, plugins.exitCode(), plugins.err());
        assertTrue(plugins.out().contains("contributes report-format:pptx"), plugins.out());

        Files.delete(PluginsFolder.WATCHED.resolve(PPTX + ".jar"));
        waitFor(() -> !hasService(context, ReportRenderer.class, filter), "the pptx renderer to go away");
    }

    @Test
    void theFirstContactResolutionPluginBringsItsKpiCommandAndSection() throws Exception {
        drop(FCR + ".jar");
        waitFor(() -> hasService(context, KpiCalculator.class, "(" + KpiCalculator.ID + "=fcr)")
                && hasService(context, CxwCommand.class, "(" + CxwCommand.NAME + "=import-fcr)")
                && hasService(context, ReportSection.class, "(" + ReportSection.ID + "=fcr)"), "the FCR plugin's services");
        assertTrue(context.getServiceReferences(KpiDefinitionProvider.class, null).stream()
                .anyMatch(r -> FCR.equals(r.getBundle().getSymbolicName())), "its KPI definition provider");

        Path file = dir.resolve("acme.cxs");
        Strategy strategy = store.create(file, "Acme Fresh");
        strategy.setCurrentPeriod("2026-Q3");
        store.save(strategy);
        Path export = dir.resolve("tickets.csv");
        Files.writeString(export, """
                TicketId,Opened,Resolved,Contacts
                T-1,2026-07-01T09:00:00Z,2026-07-01T10:00:00Z,1
                T-2,2026-07-02T09:00:00Z,2026-07-04T10:00:00Z,2
                T-3,2026-07-03T09:00:00Z,2026-07-03T09:30:00Z,1
                T-4,2026-07-04T09:00:00Z,2026-07-04T09:30:00Z,1
                """);
        Cxw.Result imported = Cxw.run(context, "import-fcr", file.toString(), export.toString(), "--opened", "Opened",
                "--resolved", "Resolved", "--contacts", "Contacts");
        assertEquals(0, imported.exitCode(), imported.err());
        assertTrue(imported.out().contains("2026-Q3: FCR 75.0 % (3 of 4 resolved in the first contact)"), imported.out());
        Strategy saved = store.load(file);
        assertTrue(saved.getKpiDefinitions().stream().anyMatch(d -> "FCR".equals(d.getCode())), "FCR definition added");
        assertEquals(1, saved.getImports().size());

        Cxw.Result plugins = Cxw.run(context, "plugins", "--json");
        assertTrue(plugins.out().contains("kpi-calculator:fcr") && plugins.out().contains("command:import-fcr")
                && plugins.out().contains("report-section:fcr"), plugins.out());

        Files.delete(PluginsFolder.WATCHED.resolve(FCR + ".jar"));
        waitFor(() -> !hasService(context, CxwCommand.class, "(" + CxwCommand.NAME + "=import-fcr)"),
                "the import-fcr command to go away");
        Cxw.Result gone = Cxw.run(context, "import-fcr", file.toString(), export.toString());
        assertTrue(gone.exitCode() != 0, "the command is gone with its plugin: " + gone.out());
    }

    private static List<String> entries(byte[] zip) throws Exception {
        List<String> names = new java.util.ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }
}
