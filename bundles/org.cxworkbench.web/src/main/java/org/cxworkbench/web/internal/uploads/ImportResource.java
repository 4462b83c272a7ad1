package org.cxworkbench.web.internal.uploads;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import org.cxworkbench.api.command.StrategyFiles;
import org.cxworkbench.web.internal.commands.CommandResult;
import org.cxworkbench.web.internal.commands.CommandRunner;
import org.cxworkbench.web.internal.http.ApiError;
import org.cxworkbench.web.internal.http.BodySchema;
import org.cxworkbench.web.internal.http.ApiRequest;
import org.cxworkbench.web.internal.http.ApiResource;
import org.cxworkbench.web.internal.http.ApiResponse;
import org.cxworkbench.web.internal.http.Bodies;
import org.cxworkbench.web.internal.jobs.Job;
import org.cxworkbench.web.internal.jobs.JobService;
import org.cxworkbench.web.internal.workspace.StrategyDocument;
import org.cxworkbench.web.internal.workspace.Workspace;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.google.gson.JsonObject;

/**
 * {@code POST /api/strategies/{id}/imports}: imports an upload with {@code cxw import-survey}, run through the
 * command runner on a background thread while nobody else may change the strategy, so the import is one new
 * version of it (and refused with 409 if the page's version is stale). Answers 202 with the job to poll at
 * {@code GET /api/jobs/{jobId}}; its result is what {@code cxw import-survey --json} prints (accepted,
 * rejected and duplicate rows, the rejected answers with line, response id, column and reason).
 */
@Component(service = ApiResource.class)
public final class ImportResource implements ApiResource {

    /** How long the request waits for the import to hold the strategy before answering 202 anyway. */
    static final long START_WAIT_MILLIS = 3000;

    private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}_.\\-]+");
    private static final Pattern NAME = Pattern.compile("[^=,]*[^=,\\s][^=,]*");

    private final Workspace workspace;
    private final UploadStore uploads;
    private final JobService jobs;
    private final CommandRunner runner;

    @Activate
    public ImportResource(@Reference Workspace workspace, @Reference UploadStore uploads, @Reference JobService jobs,
            @Reference CommandRunner runner) {
        this.workspace = workspace;
        this.uploads = uploads;
        this.jobs = jobs;
        this.runner = runner;
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route("POST", "/strategies/{id}/imports", "Imports an upload with cxw import-survey as a job "
                + "(body {\"uploadId\", \"survey\", \"map\": {\"NPS\": COLUMN}, \"id\": COLUMN, \"date\": COLUMN, "
                + "\"segments\": {NAME: COLUMN}, \"period\": \"quarter|month\", \"strict\": false, \"sheet\": NAME}); "
                + "202 with the job; 409 if the strategy changed since the version sent", this::start)
                .withBody(BodySchema.object()
                        .text("uploadId", "the uploadId of POST /strategies/{id}/uploads", true)
                        .text("survey", "the survey the answers belong to (its name or id)", true)
                        .textMap("map", "KPI code to the column with its answers, e.g. {\"NPS\": \"Q1\"}", false)
                        .text("id", "the column with the response id", false)
                        .text("date", "the column with the response date", false)
                        .textMap("segments", "segment name to its column, e.g. {\"channel\": \"Channel\"}", false)
                        .text("period", "quarter (default) or month", false)
                        .flag("strict", "refuse the whole import if any answer is rejected")
                        .text("sheet", "the sheet of an .xlsx export (default: the first)", false)).withStatus(202));
    }

    private Object start(ApiRequest request) throws Exception {
        StrategyDocument document = workspace.document(request.path("id"));
        long basedOn = request.basedOn();
        String user = request.user();
        JsonObject body = request.body();
        String uploadId = Bodies.required(body, "uploadId");
        Upload upload = uploads.find(document.id(), uploadId).orElseThrow(() -> ApiError.notFound("There is no upload '"
                + uploadId + "' for this strategy (uploads wait an hour for their import): upload the file again"));
        String survey = Bodies.required(body, "survey");
        Map<String, List<String>> options = new LinkedHashMap<>();
        options.put("--survey", List.of(survey));
        List<String> map = pairs(Bodies.texts(body, "map"), "map", CODE, "KPI code (letters, digits, '_', '.', '-')");
        if (!map.isEmpty()) {
            options.put("--map", map);
        }
        Bodies.text(body, "id").ifPresent(v -> options.put("--id", List.of(v)));
        Bodies.text(body, "date").ifPresent(v -> options.put("--date", List.of(v)));
        List<String> segments = pairs(Bodies.texts(body, "segments"), "segments", NAME, "segment name (no '=' or ',')");
        if (!segments.isEmpty()) {
            options.put("--segment", segments);
        }
        var period = Bodies.text(body, "period").map(p -> p.toLowerCase(Locale.ROOT));
        if (period.isPresent() && !Set.of("quarter", "month").contains(period.get())) {
            throw new ApiError(422, "'period' must be quarter or month, not '" + period.get() + "'");
        }
        period.ifPresent(p -> options.put("--period", List.of(p)));
        Bodies.text(body, "sheet").ifPresent(v -> options.put("--sheet", List.of(v)));
        Set<String> flags = Bodies.flag(body, "strict") ? Set.of("--strict") : Set.of();
        Map<String, String> args = new HashMap<>();
        args.put(StrategyFiles.FILE, document.file().toString());
        args.put("EXPORT", upload.file().toString());

        Job job = jobs.start("import", document.id(), running -> {
            running.progress("file", upload.name());
            running.progress("bytes", upload.size());
            running.phase("waiting for other changes to finish");
            var done = document.onFile(basedOn, user, "imported " + upload.name() + " into survey '" + survey + "'",
                    file -> {
                        running.markStarted();
                        running.phase("importing " + upload.name());
                        return runner.run("import-survey", args, options, flags, workspace.folder(),
                                figures -> figures.forEach(running::progress));
                    });
            CommandResult result = done.value();
            running.version(done.version());
            running.messages(result.text());
            uploads.delete(upload.id());
            return result.value();
        });
        try {
            job.started().get(START_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause && job.state() == Job.State.FAILED
                    && job.error() != null && job.error().status() == 409) {
                throw cause;
            }
        } catch (TimeoutException e) {
            // still waiting for another change to finish: the page polls the job
        }
        Map<String, Object> answer = new LinkedHashMap<>(job.toJson(jobs.now()));
        answer.put("jobId", job.id());
        answer.put("href", "/api/jobs/" + job.id());
        return ApiResponse.json(202, answer).header("Location", "/api/jobs/" + job.id());
    }

    /** {@code KEY=VALUE} texts for a repeatable option; each key must match {@code key}. */
    private static List<String> pairs(Map<String, String> entries, String field, Pattern key, String what)
            throws ApiError {
        List<String> pairs = new ArrayList<>();
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            if (!key.matcher(entry.getKey()).matches()) {
                throw new ApiError(422, "'" + field + "': '" + entry.getKey() + "' is not a " + what);
            }
            pairs.add(entry.getKey() + "=" + entry.getValue());
        }
        return pairs;
    }
}
