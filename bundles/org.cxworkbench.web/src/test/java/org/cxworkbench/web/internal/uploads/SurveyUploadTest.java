package org.cxworkbench.web.internal.uploads;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.cxworkbench.api.store.StrategyStore;
import org.cxworkbench.model.ImportRecord;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.web.internal.JobsAndUploads;
import org.cxworkbench.web.internal.WebFixtures;
import org.cxworkbench.web.internal.http.ApiHarness;
import org.cxworkbench.web.internal.jobs.JobResource;
import org.cxworkbench.web.internal.jobs.JobService;
import org.cxworkbench.web.internal.jobs.TempSpace;
import org.cxworkbench.web.internal.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** Upload a survey export, see its columns with suggestions, import it as a job, read the result. */
class SurveyUploadTest {

    /** Four new responses: one NPS answer out of scale, one row without any valid answer. */
    static final String EXPORT = """
            ResponseId,EndDate,Touchpoint,Region,Q_NPS,Q_CSAT,Q_CES,Comment
            WEB-1,2026-08-01T10:00:00Z,Mobile app,East,10,5,7,great
            WEB-2,2026-08-02T10:00:00Z,Website,West,11,4,6,
            WEB-3,2026-08-03T10:00:00Z,Website,West,x,,,
            WEB-4,2026-08-04T10:00:00Z,Web chat,North,9,4,5,"fine, thanks"
            """;

    @TempDir
    Path dir;

    private final StrategyStore store = WebFixtures.store();
    private final WebFixtures.MovableClock clock = new WebFixtures.MovableClock();
    private Path strategyFile;
    private JobsAndUploads services;
    private TempSpace temp;
    private UploadStore uploads;
    private JobService jobs;
    private ApiHarness api;

    @BeforeEach
    void setUp() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("workspace"));
        WebFixtures.acmeWorkspace(folder);
        strategyFile = folder.resolve("acme.cxs");
        Workspace workspace = WebFixtures.workspace(folder, store);
        services = JobsAndUploads.in(dir, 64 * 1024, clock);
        temp = services.temp();
        uploads = services.uploads();
        jobs = services.jobs();
        api = new ApiHarness().add(new UploadResource(workspace, uploads, WebFixtures.preview()))
                .add(new ImportResource(workspace, uploads, jobs, WebFixtures.importCommands(store)))
                .add(new JobResource(jobs));
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    @Test
    void anUploadAnswersColumnsSampleRowsAndTheMappingOfTheKnownSurvey() throws Exception {
        ApiHarness.Answer answer = api.upload("/strategies/acme/uploads?name=web-survey.csv", bytes(EXPORT), true);

        assertEquals(201, answer.status(), answer.text());
        JsonObject json = answer.json();
        assertEquals("web-survey.csv", json.get("name").getAsString());
        assertEquals("csv", json.get("source").getAsString());
        assertEquals("plain table", json.get("shape").getAsString());
        assertEquals(List.of("ResponseId", "EndDate", "Touchpoint", "Region", "Q_NPS", "Q_CSAT", "Q_CES", "Comment"),
                texts(json.getAsJsonArray("columns"), "id"));
        JsonArray sample = json.getAsJsonArray("sampleRows");
        assertEquals(4, sample.size());
        assertEquals("fine, thanks", sample.get(3).getAsJsonArray().get(7).getAsString());
        JsonObject suggestions = json.getAsJsonObject("suggestions");
        assertEquals("Quarterly relationship survey", suggestions.get("survey").getAsString(),
                "the survey whose questions name these columns");
        JsonObject map = suggestions.getAsJsonObject("map");
        assertEquals("Q_NPS", map.get("NPS").getAsString());
        assertEquals("Q_CSAT", map.get("CSAT").getAsString());
        assertEquals("Q_CES", map.get("CES").getAsString());
        assertEquals("ResponseId", suggestions.get("id").getAsString());
        assertEquals("EndDate", suggestions.get("date").getAsString());
        assertEquals("Touchpoint", suggestions.getAsJsonObject("segments").get("touchpoint").getAsString());
        assertEquals("Region", suggestions.getAsJsonObject("segments").get("region").getAsString());
        assertTrue(texts(json.getAsJsonArray("kpis"), "code").containsAll(List.of("NPS", "CSAT", "CES")));
        assertEquals(1, uploads.uploads().size());
        assertEquals(bytes(EXPORT).length, Files.size(uploads.uploads().get(0).file()));
    }

    @Test
    void withoutAKnownSurveyColumnsAreSuggestedByTheirWords() throws Exception {
        String export = "Respondent ID,Timestamp,How likely are you to recommend us?,How satisfied were you?,"
                + "How easy was it to order?,How much effort did returning take?,Channel,Process notes\n"
                + "R1,2026-08-01 10:00,9,5,6,2,App,none\n";
        JsonObject suggestions = api.upload("/strategies/acme/uploads?name=forms.csv", bytes(export), true).json()
                .getAsJsonObject("suggestions");

        JsonObject map = suggestions.getAsJsonObject("map");
        assertEquals("How likely are you to recommend us?", map.get("NPS").getAsString());
        assertEquals("How satisfied were you?", map.get("CSAT").getAsString());
        assertEquals("How easy was it to order?", map.get("CES").getAsString(),
                "the ease wording; the effort wording has the opposite polarity and acme has no such definition");
        assertEquals(3, map.size());
        assertEquals("Respondent ID", suggestions.get("id").getAsString());
        assertEquals("Timestamp", suggestions.get("date").getAsString());
        assertEquals("Channel", suggestions.getAsJsonObject("segments").get("channel").getAsString());
        assertTrue(suggestions.get("survey").isJsonNull());
    }

    @Test
    void theImportRunsAsAJobAndAnswersAcceptedAndRejectedRowsWithReasons() throws Exception {
        JsonObject uploaded = api.upload("/strategies/acme/uploads?name=web-survey.csv", bytes(EXPORT), true).json();
        long version = uploaded.get("version").getAsLong();

        ApiHarness.Answer started = api.post("/strategies/acme/imports", importBody(uploaded, false), version);

        assertEquals(202, started.status(), started.text());
        String jobId = started.json().get("jobId").getAsString();
        assertEquals("/api/jobs/" + jobId, started.header("Location"));
        JsonObject job = waitFor(jobId);
        assertEquals("done", job.get("state").getAsString(), job.toString());
        assertEquals(version + 1, job.get("version").getAsLong(), "the import is one new version of the strategy");
        JsonObject result = job.getAsJsonObject("result");
        assertEquals(4, result.get("rowsRead").getAsLong());
        JsonObject progress = job.getAsJsonObject("progress");
        assertEquals(4, progress.get("rowsRead").getAsLong(), "the import's own progress reaches the job: " + progress);
        assertEquals(bytes(EXPORT).length, progress.get("totalBytes").getAsLong());
        assertEquals(bytes(EXPORT).length, progress.get("bytesRead").getAsLong());
        assertEquals(3, result.get("accepted").getAsLong());
        assertEquals(1, result.get("rejected").getAsLong());
        JsonArray rejects = result.getAsJsonArray("rejects");
        JsonObject outOfScale = find(rejects, "responseId", "WEB-2");
        assertEquals(3, outOfScale.get("line").getAsLong());
        assertEquals("Q_NPS", outOfScale.get("column").getAsString());
        assertTrue(outOfScale.get("reason").getAsString().contains("11"), outOfScale.toString());
        assertEquals(4, find(rejects, "responseId", "WEB-3").get("line").getAsLong());

        Strategy saved = store.load(strategyFile);
        ImportRecord record = saved.getImports().stream().filter(r -> "web-survey.csv".equals(r.getFileName()))
                .findFirst().orElseThrow();
        assertEquals(3, record.getRowsAccepted());
        assertTrue(uploads.uploads().isEmpty(), "an imported upload is deleted");
        assertEquals(0, filesIn(temp.root().resolve("uploads")));
    }

    @Test
    void anImportBasedOnAStaleVersionIsRefusedWith409NamingTheChangesAndChangesNothing() throws Exception {
        JsonObject uploaded = api.upload("/strategies/acme/uploads?name=web-survey.csv", bytes(EXPORT), true).json();
        long seen = uploaded.get("version").getAsLong();
        // someone changes the file with the command line meanwhile
        Strategy changed = store.load(strategyFile);
        changed.setCurrentPeriod("2026-Q4");
        store.save(changed);
        byte[] before = Files.readAllBytes(strategyFile);

        ApiHarness.Answer refused = api.post("/strategies/acme/imports", importBody(uploaded, false), seen);

        assertEquals(409, refused.status(), refused.text());
        assertEquals(seen + 1, refused.json().get("currentVersion").getAsLong());
        JsonObject change = refused.json().getAsJsonArray("changes").get(0).getAsJsonObject();
        assertEquals(seen + 1, change.get("version").getAsLong());
        assertTrue(change.get("summary").getAsString().contains("changed on disk"), change.toString());
        assertTrue(change.get("time").getAsString().matches("\\d{4}-\\d{2}-\\d{2}T.*"), change.toString());
        assertArrayEquals(before, Files.readAllBytes(strategyFile));
        assertEquals(1, uploads.uploads().size(), "the upload waits for a retry");
    }

    @Test
    void aStrictImportWithRejectsFailsWithTheCommandsMessageAndChangesNothing() throws Exception {
        JsonObject uploaded = api.upload("/strategies/acme/uploads?name=web-survey.csv", bytes(EXPORT), true).json();
        byte[] before = Files.readAllBytes(strategyFile);

        String jobId = api.post("/strategies/acme/imports", importBody(uploaded, true), uploaded.get("version").getAsLong())
                .json().get("jobId").getAsString();

        JsonObject job = waitFor(jobId);
        assertEquals("failed", job.get("state").getAsString());
        JsonObject error = job.getAsJsonObject("error");
        assertEquals(422, error.get("status").getAsInt());
        assertTrue(error.get("error").getAsString().startsWith("cxw import-survey:"), error.toString());
        assertArrayEquals(before, Files.readAllBytes(strategyFile));
    }

    @Test
    void anUnknownUploadIsNotFound() throws Exception {
        ApiHarness.Answer answer = api.post("/strategies/acme/imports",
                "{\"uploadId\": \"0123\", \"survey\": \"S\"}", 1);
        assertEquals(404, answer.status());
        assertTrue(answer.json().get("error").getAsString().contains("upload the file again"));
    }

    @Test
    void anUploadBeyondTheLimitIsRefusedWith413AndLeavesNothingBehind() throws Exception {
        byte[] big = new byte[64 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');

        ApiHarness.Answer declared = api.upload("/strategies/acme/uploads?name=big.csv", big, true);
        ApiHarness.Answer streamed = api.upload("/strategies/acme/uploads?name=big.csv", big, false);

        assertEquals(413, declared.status());
        assertEquals(413, streamed.status(), "also when the length is only known by reading");
        assertTrue(streamed.json().get("error").getAsString().contains("at most 64 KB"), streamed.text());
        assertTrue(uploads.uploads().isEmpty());
        assertEquals(0, filesIn(temp.root().resolve("uploads")), "nothing is left in the temporary folder");
    }

    @Test
    void anUploadDeclaredAsFormContentIsStillReadAsTheFile() throws Exception {
        // what curl --data-binary sends without -H Content-Type
        ApiHarness.Answer answer = api.call("POST", "/strategies/acme/uploads?name=web-survey.csv",
                java.util.Map.of("Content-Length", Integer.toString(bytes(EXPORT).length)), bytes(EXPORT),
                "application/x-www-form-urlencoded");
        assertEquals(201, answer.status(), answer.text());
        assertEquals(8, answer.json().getAsJsonArray("columns").size());
    }

    @Test
    void otherFileTypesAreRefusedWith415() throws Exception {
        ApiHarness.Answer answer = api.upload("/strategies/acme/uploads?name=survey.exe", bytes(EXPORT), true);
        assertEquals(415, answer.status());
        assertTrue(answer.json().get("error").getAsString().contains(".csv, .tsv, .txt, .xlsx"));
        assertEquals(0, filesIn(temp.root().resolve("uploads")));
    }

    @Test
    void theFileNameLosesItsFoldersAndOddCharacters() throws Exception {
        ApiHarness.Answer answer = api.upload("/strategies/acme/uploads?name=" + java.net.URLEncoder.encode(
                "../../etc/<evil>\u0000name.CSV", StandardCharsets.UTF_8), bytes(EXPORT), true);

        assertEquals(201, answer.status(), answer.text());
        assertEquals("_evil__name.csv", answer.json().get("name").getAsString());
        Path stored = uploads.uploads().get(0).file();
        assertTrue(stored.normalize().startsWith(temp.root().resolve("uploads")));
        assertEquals("_evil__name.csv", stored.getFileName().toString());
    }

    @Test
    void anUnreadableExportIsRefusedWith422AndDeleted() throws Exception {
        byte[] utf16 = "\uFEFFResponseId,Q1\nR1,9\n".getBytes(StandardCharsets.UTF_16LE);

        ApiHarness.Answer answer = api.upload("/strategies/acme/uploads?name=utf16.csv", utf16, true);

        assertEquals(422, answer.status(), answer.text());
        assertTrue(answer.json().get("error").getAsString().contains("UTF-16"), answer.text());
        assertTrue(uploads.uploads().isEmpty());
        assertEquals(0, filesIn(temp.root().resolve("uploads")));
    }

    @Test
    void uploadsAreDeletedAfterAnHour() throws Exception {
        api.upload("/strategies/acme/uploads?name=web-survey.csv", bytes(EXPORT), true);
        clock.advance(UploadStore.KEPT_FOR.plusSeconds(1));

        uploads.sweep();

        assertTrue(uploads.uploads().isEmpty());
        assertEquals(0, filesIn(temp.root().resolve("uploads")));
    }

    @Test
    void anUnknownStrategyIsNotFoundAndNothingIsStored() throws Exception {
        assertEquals(404, api.upload("/strategies/nope/uploads?name=a.csv", bytes(EXPORT), true).status());
        assertEquals(0, filesIn(temp.root().resolve("uploads")));
    }

    private String importBody(JsonObject uploaded, boolean strict) {
        JsonObject s = uploaded.getAsJsonObject("suggestions");
        JsonObject body = new JsonObject();
        body.addProperty("uploadId", uploaded.get("uploadId").getAsString());
        body.addProperty("survey", s.get("survey").getAsString());
        body.add("map", s.get("map"));
        body.add("id", s.get("id"));
        body.add("date", s.get("date"));
        body.add("segments", s.get("segments"));
        body.addProperty("period", "quarter");
        body.addProperty("strict", strict);
        return body.toString();
    }

    private JsonObject waitFor(String jobId) throws Exception {
        long until = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < until) {
            JsonObject job = api.get("/jobs/" + jobId).json();
            if (!job.get("state").getAsString().equals("running")) {
                return job;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the job did not finish");
    }

    private static JsonObject find(JsonArray array, String key, String value) {
        for (JsonElement e : array) {
            if (e.getAsJsonObject().get(key).getAsString().equals(value)) {
                return e.getAsJsonObject();
            }
        }
        throw new AssertionError("no " + key + "=" + value + " in " + array);
    }

    private static List<String> texts(JsonArray array, String key) {
        List<String> texts = new ArrayList<>();
        array.forEach(e -> texts.add(e.getAsJsonObject().get(key).getAsString()));
        return texts;
    }

    private static long filesIn(Path folder) throws Exception {
        if (!Files.exists(folder)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

}
