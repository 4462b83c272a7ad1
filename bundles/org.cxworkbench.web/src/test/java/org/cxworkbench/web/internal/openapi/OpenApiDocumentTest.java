package org.cxworkbench.web.internal.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.cxworkbench.api.kpi.KpiService;
import org.cxworkbench.web.internal.JobsAndUploads;
import org.cxworkbench.web.internal.WebFixtures;
import org.cxworkbench.web.internal.dashboard.DashboardResource;
import org.cxworkbench.web.internal.http.ApiHarness;
import org.cxworkbench.web.internal.jobs.JobResource;
import org.cxworkbench.web.internal.uploads.ImportResource;
import org.cxworkbench.web.internal.uploads.UploadResource;
import org.cxworkbench.web.internal.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** The servlet's OpenAPI document is made from the routes registered right now, its own route included. */
class OpenApiDocumentTest {

    @TempDir
    Path dir;

    private JobsAndUploads services;

    @AfterEach
    void tearDown() {
        services.close();
    }

    @Test
    void everyRegisteredRouteIsDescribedWithItsParametersAndTheSharedErrors() throws Exception {
        Path folder = WebFixtures.acmeWorkspace(Files.createDirectories(dir.resolve("workspace")));
        Workspace workspace = WebFixtures.workspace(folder, WebFixtures.store());
        services = JobsAndUploads.in(dir, 1000, java.time.Clock.systemUTC());
        KpiService kpis = WebFixtures.kpis();
        ApiHarness api = new ApiHarness().add(new DashboardResource(workspace, kpis, WebFixtures.goals(kpis)))
                .add(new JobResource(services.jobs()))
                .add(new UploadResource(workspace, services.uploads(), WebFixtures.preview()))
                .add(new ImportResource(workspace, services.uploads(), services.jobs(),
                        WebFixtures.importCommands(WebFixtures.store())));

        ApiHarness.Answer answer = api.get("/openapi.json");

        assertEquals(200, answer.status());
        JsonObject document = answer.json();
        assertEquals("3.0.3", document.get("openapi").getAsString());
        assertEquals("/api", document.getAsJsonArray("servers").get(0).getAsJsonObject().get("url").getAsString());
        JsonObject paths = document.getAsJsonObject("paths");
        assertEquals(5, paths.size());
        JsonObject dashboard = paths.getAsJsonObject("/strategies/{id}/dashboard").getAsJsonObject("get");
        assertTrue(dashboard.get("summary").getAsString().startsWith("The KPI dashboard"));
        JsonObject id = dashboard.getAsJsonArray("parameters").get(0).getAsJsonObject();
        assertEquals("id", id.get("name").getAsString());
        assertEquals("path", id.get("in").getAsString());
        JsonObject period = dashboard.getAsJsonArray("parameters").get(1).getAsJsonObject();
        assertEquals("period", period.get("name").getAsString(), "query parameters named in the summary");
        assertEquals("query", period.get("in").getAsString());
        assertEquals("by", dashboard.getAsJsonArray("parameters").get(2).getAsJsonObject().get("name").getAsString());
        assertEquals("#/components/responses/Error", dashboard.getAsJsonObject("responses").getAsJsonObject("default")
                .get("$ref").getAsString());
        JsonObject upload = paths.getAsJsonObject("/strategies/{id}/uploads").getAsJsonObject("post");
        assertTrue(upload.getAsJsonObject("requestBody").getAsJsonObject("content").has("application/octet-stream"));
        assertTrue(upload.getAsJsonObject("responses").has("201"));
        assertEquals("#/components/responses/Conflict", upload.getAsJsonObject("responses").getAsJsonObject("409")
                .get("$ref").getAsString());
        JsonArray parameters = upload.getAsJsonArray("parameters");
        assertEquals("name", parameters.get(1).getAsJsonObject().get("name").getAsString());
        assertEquals("#/components/parameters/csrf", parameters.get(2).getAsJsonObject().get("$ref").getAsString());
        JsonObject error = document.getAsJsonObject("components").getAsJsonObject("schemas").getAsJsonObject("Error");
        assertEquals("[\"error\",\"status\"]", error.getAsJsonArray("required").toString());
        JsonObject importBody = paths.getAsJsonObject("/strategies/{id}/imports").getAsJsonObject("post")
                .getAsJsonObject("requestBody").getAsJsonObject("content").getAsJsonObject("application/json")
                .getAsJsonObject("schema");
        assertEquals("[\"uploadId\",\"survey\"]", importBody.getAsJsonArray("required").toString(),
                "the body of a route is described where the route is declared");
        assertEquals("object", importBody.getAsJsonObject("properties").getAsJsonObject("map").get("type").getAsString());
        assertEquals("boolean", importBody.getAsJsonObject("properties").getAsJsonObject("strict").get("type")
                .getAsString());
        assertTrue(paths.getAsJsonObject("/strategies/{id}/imports").getAsJsonObject("post").getAsJsonObject("responses")
                .has("202"), "an import answers 202 with its job, as the route declares");
        assertTrue(paths.getAsJsonObject("/strategies/{id}/dashboard").getAsJsonObject("get").get("requestBody") == null,
                "a read takes no body");
        assertTrue(paths.has("/openapi.json"));
        assertTrue(paths.has("/jobs/{jobId}"));
    }
}
