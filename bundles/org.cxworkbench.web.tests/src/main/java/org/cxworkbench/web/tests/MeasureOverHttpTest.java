package org.cxworkbench.web.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.cxworkbench.api.store.StrategyStore;
import org.cxworkbench.model.Strategy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;

import com.google.gson.JsonObject;

/**
 * Survey uploads and imports, the report and the dashboard over real HTTP: an upload beyond the size limit is
 * refused with 413 and leaves nothing behind; the example export is uploaded, its columns suggested, imported
 * as a job into the strategy file; the report is written as a job and downloaded.
 */
class MeasureOverHttpTest {

    /** Smaller than the example export (43 KB), so the limit can be shown with small bodies. */
    static final long LIMIT = 64 * 1024;

    @InjectBundleContext
    static BundleContext context;

    @InjectService
    StrategyStore store;

    static Path folder;
    static URI base;

    @BeforeAll
    static void serve() throws Exception {
        folder = WebServer.exampleWorkspace("measure");
        base = WebServer.start(context, folder);
        WebServer.setting(context, base, "uploadMaxBytes", LIMIT);
    }

    @AfterAll
    static void cleanUp() throws Exception {
        WebServer.delete(folder);
    }

    @Test
    void anUploadBeyondTheLimitIs413AndNothingIsKept() throws Exception {
        Api api = new Api(base).session();
        Path file = folder.resolve("acme.cxs");
        byte[] before = Files.readAllBytes(file);
        long version = api.get("/api/strategies/acme").version();

        Path uploads = ((Path) WebServer.call(context, "org.cxworkbench.web.internal.jobs.TempSpace", "root"))
                .resolve("uploads");
        List<Path> uploadsBefore = list(uploads);

        // an announced length beyond the limit is refused before any of the body is read
        RawHttp.Answer declared = RawHttp.send(base, "POST", "/api/strategies/acme/uploads?name=big.csv",
                "127.0.0.1:" + base.getPort(), Map.of("Content-Length", String.valueOf(2 * LIMIT),
                        "Content-Type", "text/csv", "X-CSRF-Token", api.csrf()));
        assertEquals(413, declared.status(), declared.text());
        assertTrue(declared.text().contains("\"status\":413"), declared.text());

        // without a declared length (chunked), the limit holds while the body streams in: one byte too many
        byte[] oneTooMany = csv(LIMIT + 1, LIMIT + 1);
        Api.Response streamed = api.raw("POST", "/api/strategies/acme/uploads?name=big.csv",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(oneTooMany)), null,
                Map.of("Content-Type", "text/csv"));
        assertEquals(413, streamed.status(), streamed.body());
        assertTrue(streamed.json().get("error").getAsString().contains("64"), streamed.body());

        // exactly at the limit is accepted
        Api.Response atTheLimit = api.raw("POST", "/api/strategies/acme/uploads?name=fits.csv",
                HttpRequest.BodyPublishers.ofByteArray(csv(LIMIT, LIMIT)), null, Map.of("Content-Type", "text/csv"));
        assertEquals(201, atTheLimit.status(), atTheLimit.body());
        uploadsBefore = new java.util.ArrayList<>(uploadsBefore);
        uploadsBefore.add(uploads.resolve(atTheLimit.json().get("uploadId").getAsString()));
        uploadsBefore.sort(null);

        assertArrayEquals(before, Files.readAllBytes(file), "the strategy file is unchanged");
        assertEquals(version, api.get("/api/strategies/acme").version());
        assertEquals(uploadsBefore, list(uploads), "no part of a refused upload is kept");
    }

    private static List<Path> list(Path folder) throws java.io.IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Test
    void otherFileTypesAre415AndEmptyFiles422() throws Exception {
        Api api = new Api(base).session();
        Api.Response exe = api.raw("POST", "/api/strategies/acme/uploads?name=tool.exe",
                HttpRequest.BodyPublishers.ofByteArray(new byte[] { 'M', 'Z', 0, 0 }), null,
                Map.of("Content-Type", "application/octet-stream"));
        assertEquals(415, exe.status(), exe.body());
        Api.Response empty = api.raw("POST", "/api/strategies/acme/uploads?name=empty.csv",
                HttpRequest.BodyPublishers.noBody(), null, Map.of("Content-Type", "text/csv"));
        assertEquals(422, empty.status(), empty.body());
        Api.Response noCsrf = new Api(base).raw("POST", "/api/strategies/acme/uploads?name=x.csv",
                HttpRequest.BodyPublishers.ofByteArray(csv(100)), null, Map.of("Content-Type", "text/csv"));
        assertEquals(403, noCsrf.status(), "uploads are writes and need the CSRF header too");
    }

    @Test
    void theExampleExportIsUploadedMappedAndImportedIntoTheFile() throws Exception {
        Api api = new Api(base).session().as("Ann");
        // a new strategy: the example has imported this export already
        assertEquals(201, api.post("/api/strategies", Map.of("id", "imported", "name", "Imported"), null).status());
        Path export = folder.resolve("survey-2026.csv");
        Api.Response uploaded = api.raw("POST", "/api/strategies/imported/uploads?name=survey-2026.csv",
                HttpRequest.BodyPublishers.ofFile(export), null, Map.of("Content-Type", "text/csv"));
        assertEquals(201, uploaded.status(), uploaded.body());
        JsonObject upload = uploaded.json();
        assertEquals(Files.size(export), upload.get("size").getAsLong());
        assertEquals(8, upload.getAsJsonArray("columns").size(), uploaded.body());
        assertEquals("Q_NPS", upload.getAsJsonObject("suggestions").getAsJsonObject("map").get("NPS").getAsString(),
                uploaded.body());
        long version = upload.get("version").getAsLong();

        Map<String, Object> mapping = Map.of("uploadId", upload.get("uploadId").getAsString(),
                "survey", "Quarterly relationship survey", "map", Map.of("NPS", "Q_NPS", "CSAT", "Q_CSAT", "CES", "Q_CES"),
                "id", "ResponseId", "date", "EndDate", "segments", Map.of("touchpoint", "Touchpoint"));
        Api.Response stale = api.post("/api/strategies/imported/imports", mapping, version - 1);
        assertEquals(409, stale.status(), "an import based on an old version is refused: " + stale.body());

        Api.Response started = api.post("/api/strategies/imported/imports", mapping, version);
        assertEquals(202, started.status(), started.body());
        JsonObject job = awaitJob(api, started.json().get("jobId").getAsString());
        assertEquals("done", job.get("state").getAsString(), job.toString());
        assertEquals(version + 1, job.get("version").getAsLong(), "the import is one new version");
        assertEquals(job.getAsJsonObject("result").get("rowsRead").getAsLong(),
                job.getAsJsonObject("progress").get("rowsRead").getAsLong(), job.toString());
        assertEquals(Files.size(export), job.getAsJsonObject("progress").get("totalBytes").getAsLong());

        Strategy saved = store.load(folder.resolve("imported.cxs"));
        assertTrue(saved.getImports().size() > 0, "the import is recorded in the file");
        assertTrue(saved.getMeasurements().size() > 0, "the answers are measured in the file");
        Api.Response changes = api.get("/api/strategies/imported/changes?since=" + version);
        assertTrue(changes.body().contains("imported survey-2026.csv") && changes.body().contains("\"user\":\"Ann\""),
                changes.body());

        // the same export again is recognised and refused; the file stays as it is
        byte[] imported = Files.readAllBytes(folder.resolve("imported.cxs"));
        Api.Response again = api.raw("POST", "/api/strategies/imported/uploads?name=survey-2026.csv",
                HttpRequest.BodyPublishers.ofFile(export), null, Map.of("Content-Type", "text/csv"));
        assertEquals(201, again.status(), again.body());
        Map<String, Object> secondTime = new java.util.HashMap<>(mapping);
        secondTime.put("uploadId", again.json().get("uploadId").getAsString());
        JsonObject repeated = awaitJob(api, api.post("/api/strategies/imported/imports", secondTime, version + 1)
                .json().get("jobId").getAsString());
        assertEquals("failed", repeated.get("state").getAsString(), repeated.toString());
        assertTrue(repeated.toString().contains("already imported"), repeated.toString());
        assertArrayEquals(imported, Files.readAllBytes(folder.resolve("imported.cxs")));

        Api.Response dashboard = api.get("/api/strategies/imported/dashboard?period=2026-Q3");
        assertEquals(200, dashboard.status(), dashboard.body());
        assertTrue(dashboard.body().contains("\"NPS\""), dashboard.body());
    }

    @Test
    void theReportIsWrittenAsAJobAndDownloaded() throws Exception {
        Api api = new Api(base).session();
        Api.Response formats = api.get("/api/strategies/acme/reports");
        assertEquals(200, formats.status(), formats.body());
        assertTrue(formats.body().contains("xlsx") && formats.body().contains("pdf"), formats.body());
        Api.Response unknown = api.post("/api/strategies/acme/reports",
                Map.of("period", "2026-Q3", "formats", List.of("docx")), null);
        assertEquals(422, unknown.status(), unknown.body());

        Api.Response started = api.post("/api/strategies/acme/reports",
                Map.of("period", "2026-Q3", "formats", List.of("xlsx", "pdf")), null);
        assertEquals(202, started.status(), started.body());
        JsonObject job = awaitJob(api, started.json().get("jobId").getAsString());
        assertEquals("done", job.get("state").getAsString(), job.toString());
        assertEquals(2, job.getAsJsonArray("files").size(), job.toString());
        for (var element : job.getAsJsonArray("files")) {
            JsonObject file = element.getAsJsonObject();
            Api.Response download = api.get(file.get("href").getAsString());
            assertEquals(200, download.status(), file.toString());
            assertEquals(file.get("size").getAsLong(), download.bytes().length);
            assertTrue(download.header("Content-Disposition").startsWith("attachment"), download.header("Content-Disposition"));
            String magic = new String(download.bytes(), 0, 4, StandardCharsets.ISO_8859_1);
            assertEquals(file.get("format").getAsString().equals("pdf") ? "%PDF" : "PK\u0003\u0004", magic);
        }
    }

    @Test
    void theOpenApiDocumentListsEveryRoute() throws Exception {
        Api.Response openapi = new Api(base).get("/api/openapi.json");
        assertEquals(200, openapi.status(), openapi.toString());
        JsonObject paths = openapi.json().getAsJsonObject("paths");
        for (String path : new String[] { "/strategies", "/strategies/{id}/entities/{noun}/{eid}",
            "/strategies/{id}/uploads", "/strategies/{id}/imports", "/strategies/{id}/reports", "/jobs/{jobId}",
            "/strategies/{id}/dashboard", "/session" }) {
            assertTrue(paths.has(path), path + " is not in " + paths.keySet());
        }
    }

    private static JsonObject awaitJob(Api api, String jobId) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        JsonObject job = null;
        while (System.nanoTime() < deadline) {
            Api.Response answer = api.get("/api/jobs/" + jobId);
            assertEquals(200, answer.status(), answer.body());
            job = answer.json();
            if (!job.get("state").getAsString().equals("running")) {
                return job;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("job " + jobId + " did not finish within 120 s: " + job);
    }

    /** A CSV of about {@code bytes} bytes. */
    private static byte[] csv(long bytes) {
        StringBuilder text = new StringBuilder("ResponseId,EndDate,Q_NPS\n");
        for (int i = 0; text.length() < bytes; i++) {
            text.append("R-").append(i).append(",2026-09-01,").append(i % 11).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A CSV of exactly {@code exactly} bytes (at least {@code atLeast}): rows, then a last row padded with a comment. */
    private static byte[] csv(long atLeast, long exactly) {
        StringBuilder text = new StringBuilder("ResponseId,EndDate,Q_NPS,Comment\n");
        for (int i = 0; text.length() < exactly - 200; i++) {
            text.append("R-").append(i).append(",2026-09-01,").append(i % 11).append(",\n");
        }
        text.append("R-last,2026-09-01,7,");
        while (text.length() < exactly - 1) {
            text.append('x');
        }
        text.append('\n');
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        assertEquals(exactly, bytes.length);
        assertTrue(bytes.length >= atLeast);
        return bytes;
    }
}
