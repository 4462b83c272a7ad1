package org.cxworkbench.web.internal.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cxworkbench.api.report.ReportDocument;
import org.cxworkbench.api.report.ReportService;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.web.internal.WebFixtures;
import org.cxworkbench.web.internal.http.ApiHarness;
import org.cxworkbench.web.internal.jobs.JobResource;
import org.cxworkbench.web.internal.jobs.JobService;
import org.cxworkbench.web.internal.jobs.TempSpace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** Generate the report as a job, list its files, download them; formats that are not installed are refused. */
class ReportResourceTest {

    @TempDir
    Path dir;

    private final WebFixtures.MovableClock clock = new WebFixtures.MovableClock();
    private final RecordingReports reports = new RecordingReports();
    private TempSpace temp;
    private JobService jobs;
    private ApiHarness api;

    @BeforeEach
    void setUp() throws Exception {
        Path folder = WebFixtures.acmeWorkspace(Files.createDirectories(dir.resolve("workspace")));
        temp = new TempSpace(dir.resolve("temp"));
        jobs = new JobService(temp, clock);
        api = new ApiHarness().add(new ReportResource(WebFixtures.workspace(folder, WebFixtures.store()), reports, jobs, temp))
                .add(new JobResource(jobs));
    }

    @AfterEach
    void tearDown() {
        jobs.close();
        temp.close();
    }

    @Test
    void theReportIsWrittenAsAJobAndItsFilesAreDownloaded() throws Exception {
        ApiHarness.Answer started = api.post("/strategies/acme/reports",
                "{\"period\": \"2026-Q3\", \"formats\": [\"xlsx\", \"PDF\"], \"lang\": \"de\"}", 1);

        assertEquals(202, started.status(), started.text());
        JsonObject job = waitFor(started.json().get("jobId").getAsString());
        assertEquals("done", job.get("state").getAsString(), job.toString());
        assertEquals(List.of("2026-Q3 de [xlsx, pdf]"), reports.calls);
        JsonArray files = job.getAsJsonArray("files");
        assertEquals(2, files.size());
        JsonObject xlsx = files.get(0).getAsJsonObject();
        assertEquals("acme-2026-Q3.xlsx", xlsx.get("name").getAsString());
        String href = xlsx.get("href").getAsString();
        assertEquals("/api/strategies/acme/reports/" + job.get("id").getAsString() + "/acme-2026-Q3.xlsx", href);

        ApiHarness.Answer download = api.get(href.substring("/api".length()));
        assertEquals(200, download.status());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", download.header("Content-Type"));
        assertEquals("attachment; filename=\"acme-2026-Q3.xlsx\"", download.header("Content-Disposition"));
        assertArrayEquals("xlsx of 2026-Q3".getBytes(StandardCharsets.UTF_8), download.body());
        ApiHarness.Answer pdf = api.get(files.get(1).getAsJsonObject().get("href").getAsString().substring(4));
        assertEquals("application/pdf", pdf.header("Content-Type"));
    }

    @Test
    void aFormatWithoutRendererIsRefusedWithTheMessageNamingThePlugin() throws Exception {
        ApiHarness.Answer refused = api.post("/strategies/acme/reports", "{\"formats\": [\"pdf\", \"pptx\"]}", 1);

        assertEquals(422, refused.status(), refused.text());
        assertEquals("No report renderer is installed for format 'pptx'. Installed formats: pdf, xlsx. The PowerPoint "
                + "exporter plugin is not installed: install the pptx plugin jar into plugins/.",
                refused.json().get("error").getAsString());
        assertEquals("pptx", refused.json().getAsJsonArray("missing").get(0).getAsString());
        assertTrue(reports.calls.isEmpty(), "nothing was written");
        assertTrue(jobs.jobs().isEmpty());
    }

    @Test
    void withoutPeriodAndFormatsTheCurrentPeriodAndTheDefaultFormatsAreWritten() throws Exception {
        JsonObject job = waitFor(api.post("/strategies/acme/reports", "{}", 1).json().get("jobId").getAsString());
        assertEquals("done", job.get("state").getAsString());
        assertEquals(List.of("2026-Q3 en [xlsx, pdf]"), reports.calls);
    }

    @Test
    void badValuesAreRefusedNamingTheField() throws Exception {
        assertTrue(api.post("/strategies/acme/reports", "{\"period\": \"Q3\"}", 1).json().get("error").getAsString()
                .startsWith("'period'"));
        assertEquals(422, api.post("/strategies/acme/reports", "{\"lang\": \"??\"}", 1).status());
        assertEquals(422, api.post("/strategies/acme/reports", "{\"formats\": {\"a\": 1}}", 1).status());
    }

    @Test
    void onlyFilesOfAFinishedReportOfThatStrategyAreServed() throws Exception {
        JsonObject job = waitFor(api.post("/strategies/acme/reports", "{}", 1).json().get("jobId").getAsString());
        String id = job.get("id").getAsString();

        assertEquals(404, api.get("/strategies/acme/reports/" + id + "/acme.cxs").status());
        assertEquals(404, api.get("/strategies/acme/reports/" + id + "/..%2Facme-2026-Q3.pdf").status());
        assertEquals(404, api.get("/strategies/other/reports/" + id + "/acme-2026-Q3.pdf").status());
        assertEquals(404, api.get("/strategies/acme/reports/unknown/acme-2026-Q3.pdf").status());
    }

    @Test
    void aFinishedReportAndItsFilesAreDeletedAfterAnHour() throws Exception {
        JsonObject job = waitFor(api.post("/strategies/acme/reports", "{}", 1).json().get("jobId").getAsString());
        Path folder = jobs.find(job.get("id").getAsString()).orElseThrow().folder();
        assertTrue(Files.isDirectory(folder));

        clock.advance(JobService.KEPT_FOR.plusSeconds(1));
        jobs.sweep();

        assertEquals(404, api.get("/jobs/" + job.get("id").getAsString()).status());
        assertTrue(Files.notExists(folder));
    }

    private JsonObject waitFor(String jobId) throws Exception {
        long until = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < until) {
            JsonObject job = api.get("/jobs/" + jobId).json();
            if (!job.get("state").getAsString().equals("running")) {
                return job;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the job did not finish");
    }

    /** Writes one small file per format, and refuses formats without renderer as the report service does. */
    static final class RecordingReports implements ReportService {
        final List<String> calls = new ArrayList<>();

        @Override
        public ReportDocument build(Strategy strategy, String period, Locale locale) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<String> formats() {
            return List.of("pdf", "xlsx");
        }

        @Override
        public List<Path> write(Strategy strategy, String period, Locale locale, List<String> formats, Path directory)
                throws IOException {
            for (String format : formats) {
                if (!formats().contains(format)) {
                    throw new IllegalArgumentException("No report renderer is installed for format '" + format
                            + "'. Installed formats: pdf, xlsx." + (format.equals("pptx") ? " The PowerPoint exporter "
                                    + "plugin is not installed: install the pptx plugin jar into plugins/." : ""));
                }
            }
            synchronized (calls) {
                calls.add(period + " " + locale.toLanguageTag() + " " + formats);
            }
            List<Path> files = new ArrayList<>();
            for (String format : formats) {
                files.add(Files.writeString(directory.resolve("acme-" + period + "." + format), format + " of " + period));
            }
            return files;
        }
    }
}
