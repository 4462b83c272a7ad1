package org.cxworkbench.web.internal.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.cxworkbench.api.report.Chart;
import org.cxworkbench.api.report.KeyFigures;
import org.cxworkbench.api.report.Paragraph;
import org.cxworkbench.api.report.ReportContext;
import org.cxworkbench.api.report.Status;
import org.cxworkbench.api.web.WebPanel;
import org.cxworkbench.web.internal.WebFixtures;
import org.cxworkbench.web.internal.http.ApiHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** Plugin panels are shown with their blocks; a throwing, hanging or empty panel becomes a notice naming it. */
class PanelResourceTest {

    @TempDir
    Path dir;

    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger hangingStarts = new AtomicInteger();
    private PanelRunner runner;
    private PanelResource panels;
    private ApiHarness api;

    @BeforeEach
    void setUp() throws Exception {
        Path folder = WebFixtures.acmeWorkspace(Files.createDirectories(dir.resolve("workspace")));
        runner = new PanelRunner(Duration.ofMillis(500));
        panels = new PanelResource(WebFixtures.workspace(folder, WebFixtures.store()), runner);
        api = new ApiHarness().add(panels);
    }

    @AfterEach
    void tearDown() {
        release.countDown();
        runner.close();
    }

    @Test
    void aPanelIsRenderedForTheStrategyAndPeriodOfThePage() throws Exception {
        AtomicReference<ReportContext> seen = new AtomicReference<>();
        register("a-good", "Good panel", "dashboard", "com.example.good", context -> {
            seen.set(context);
            return List.of(new Paragraph("FCR <b>71.9 %</b>"),
                    new KeyFigures(List.of(new KeyFigures.KeyFigure("FCR", "71.9 %", "+1.9 vs 2026-Q2", Status.GOOD))),
                    new Chart("trend", "FCR trend", Chart.Kind.LINE, List.of("2026-Q2", "2026-Q3"),
                            List.of(new Chart.Series("FCR", List.of(Double.NaN, 71.9))), "%"));
        });
        register("step-panel", "Elsewhere", "step-8", "com.example.good", context -> List.of(new Paragraph("no")));

        JsonObject answer = ok("/strategies/acme/panels?placement=dashboard&period=2026-Q2&lang=de");

        assertEquals("2026-Q2", answer.get("period").getAsString());
        JsonArray list = answer.getAsJsonArray("panels");
        assertEquals(1, list.size(), "only the panels of the placement");
        JsonObject panel = list.get(0).getAsJsonObject();
        assertEquals("a-good", panel.get("id").getAsString());
        assertEquals("Good panel", panel.get("title").getAsString());
        assertEquals("com.example.good", panel.get("bundle").getAsString());
        assertEquals("ok", panel.get("status").getAsString(), panel.toString());
        JsonArray blocks = panel.getAsJsonArray("blocks");
        assertEquals("paragraph", kind(blocks, 0));
        assertEquals("FCR <b>71.9 %</b>", blocks.get(0).getAsJsonObject().get("text").getAsString(),
                "text goes out as it is; the page escapes it");
        assertEquals("keyFigures", kind(blocks, 1));
        assertEquals("good", blocks.get(1).getAsJsonObject().getAsJsonArray("figures").get(0).getAsJsonObject()
                .get("status").getAsString());
        JsonObject chart = blocks.get(2).getAsJsonObject();
        assertEquals("chart", chart.get("kind").getAsString());
        assertEquals("line", chart.get("chartKind").getAsString());
        assertTrue(chart.getAsJsonArray("series").get(0).getAsJsonObject().getAsJsonArray("values").get(0).isJsonNull(),
                "no value is null");
        assertEquals("Acme Fresh CX strategy 2026", seen.get().strategy().getName());
        assertEquals("2026-Q2", seen.get().period());
        assertEquals("de", seen.get().locale().getLanguage());
        assertEquals(List.of("2026-Q1", "2026-Q2"), seen.get().trendPeriods(2));
    }

    @Test
    void failingPanelsBecomeNoticesNamingThePanelAndItsBundleWhileTheOthersAreShown() throws Exception {
        register("b-throws", "Thrower", "dashboard", "com.example.faulty", context -> {
            throw new IllegalStateException("boom");
        });
        register("c-hangs", "Sleeper", "dashboard", "com.example.slow", context -> {
            hangingStarts.incrementAndGet();
            while (release.getCount() > 0) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    // a badly written plugin ignores the interrupt and keeps waiting
                }
            }
            return List.of();
        });
        register("d-null", "Empty", "dashboard", "com.example.faulty", context -> null);
        register("e-null-block", "Half", "dashboard", "com.example.faulty", context -> {
            List<org.cxworkbench.api.report.Block> blocks = new ArrayList<>();
            blocks.add(null);
            return blocks;
        });
        register("f-good", "Fine", "dashboard", "com.example.good", context -> List.of(new Paragraph("still here")));

        long start = System.nanoTime();
        JsonArray list = ok("/strategies/acme/panels?placement=dashboard").getAsJsonArray("panels");
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertTrue(millis < 3000, "the page waits for the time limit only, not for the hanging panel: " + millis + " ms");
        assertEquals(List.of("b-throws", "c-hangs", "d-null", "e-null-block", "f-good"), ids(list));
        assertNotice(list.get(0), "The panel \"Thrower\" (b-throws, from bundle com.example.faulty) could not be shown: "
                + "java.lang.IllegalStateException: boom");
        assertNotice(list.get(1), "The panel \"Sleeper\" (c-hangs, from bundle com.example.slow) could not be shown: "
                + "it did not answer within 0.5 s");
        assertNotice(list.get(2), "The panel \"Empty\" (d-null, from bundle com.example.faulty) could not be shown: "
                + "it returned no content (null)");
        assertNotice(list.get(3), "The panel \"Half\" (e-null-block, from bundle com.example.faulty) could not be shown: "
                + "it returned a null block");
        assertEquals("ok", list.get(4).getAsJsonObject().get("status").getAsString());

        JsonArray again = ok("/strategies/acme/panels?placement=dashboard").getAsJsonArray("panels");
        assertTrue(again.get(1).getAsJsonObject().get("error").getAsString().contains("still busy"), again.toString());
        assertEquals(1, hangingStarts.get(), "a panel still stuck is not started again");
        assertEquals("ok", again.get(4).getAsJsonObject().get("status").getAsString());
    }

    @Test
    void aPanelThatEndsAfterItsTimeLimitIsTriedAgainNextTime() throws Exception {
        CountDownLatch slowOnce = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        register("slow-once", "Slow once", "dashboard", "com.example.slow", context -> {
            if (calls.incrementAndGet() == 1) {
                slowOnce.await();
            }
            return List.of(new Paragraph("ok now"));
        });
        assertEquals("failed", ok("/strategies/acme/panels").getAsJsonArray("panels").get(0).getAsJsonObject()
                .get("status").getAsString());
        slowOnce.countDown();
        Thread.sleep(100);

        assertEquals("ok", ok("/strategies/acme/panels").getAsJsonArray("panels").get(0).getAsJsonObject()
                .get("status").getAsString());
    }

    @Test
    void placementsAndPeriodsAreChecked() throws Exception {
        assertEquals(422, api.get("/strategies/acme/panels?placement=step-10").status());
        assertEquals(422, api.get("/strategies/acme/panels?placement=sidebar").status());
        assertEquals(422, api.get("/strategies/acme/panels?period=2026-Q5").status());
        JsonObject none = ok("/strategies/acme/panels?placement=step-7");
        assertEquals(0, none.getAsJsonArray("panels").size());
        assertEquals("2026-Q3", none.get("period").getAsString());
    }

    private void register(String id, String title, String placement, String bundle, WebPanel panel) {
        Bundle owner = (Bundle) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Bundle.class },
                (p, m, args) -> m.getName().equals("getSymbolicName") ? bundle : null);
        Map<String, Object> properties = Map.of(WebPanel.ID, id, WebPanel.TITLE, title, WebPanel.PLACEMENT, placement);
        @SuppressWarnings("unchecked")
        ServiceReference<WebPanel> reference = (ServiceReference<WebPanel>) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] { ServiceReference.class }, (p, m, args) -> switch (m.getName()) {
                    case "getProperty" -> properties.get((String) args[0]);
                    case "getBundle" -> owner;
                    case "hashCode" -> System.identityHashCode(p);
                    case "equals" -> p == args[0];
                    default -> null;
                });
        panels.addPanel(panel, reference);
    }

    private JsonObject ok(String path) throws Exception {
        ApiHarness.Answer answer = api.get(path);
        assertEquals(200, answer.status(), answer.text());
        return answer.json();
    }

    private static void assertNotice(JsonElement panel, String text) {
        JsonObject p = panel.getAsJsonObject();
        assertEquals("failed", p.get("status").getAsString());
        JsonObject notice = p.getAsJsonArray("blocks").get(0).getAsJsonObject();
        assertEquals("notice", notice.get("kind").getAsString());
        assertEquals("warning", notice.get("status").getAsString());
        assertEquals(text, notice.get("text").getAsString());
    }

    private static String kind(JsonArray blocks, int index) {
        return blocks.get(index).getAsJsonObject().get("kind").getAsString();
    }

    private static List<String> ids(JsonArray array) {
        List<String> list = new ArrayList<>();
        array.forEach(e -> list.add(e.getAsJsonObject().get("id").getAsString()));
        return list;
    }
}
