package org.cxworkbench.web.internal.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.cxworkbench.api.report.ReportService;
import org.cxworkbench.measure.api.Periods;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.web.internal.http.ApiError;
import org.cxworkbench.web.internal.http.BodySchema;
import org.cxworkbench.web.internal.http.ApiRequest;
import org.cxworkbench.web.internal.http.ApiResource;
import org.cxworkbench.web.internal.http.ApiResponse;
import org.cxworkbench.web.internal.http.Bodies;
import org.cxworkbench.web.internal.jobs.Job;
import org.cxworkbench.web.internal.jobs.JobService;
import org.cxworkbench.web.internal.jobs.TempSpace;
import org.cxworkbench.web.internal.workspace.StrategyDocument;
import org.cxworkbench.web.internal.workspace.Workspace;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.google.gson.JsonObject;

/**
 * The quarterly report for the browser: {@code POST /api/strategies/{id}/reports} writes it with the
 * {@link ReportService} (the same sections and renderers as {@code cxw report}) into the job's private folder
 * on a background thread; {@code GET /api/strategies/{id}/reports/{jobId}/{file}} downloads a file of it.
 * Formats are those installed ({@code pptx} with the PowerPoint plugin); asking for another is refused with the
 * report service's message, which names the plugin to install.
 */
@Component(service = ApiResource.class)
public final class ReportResource implements ApiResource {

    /** The formats written when none are asked for, as far as installed. */
    static final List<String> DEFAULT_FORMATS = List.of("xlsx", "pdf");

    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "pdf", "application/pdf",
            "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "csv", "text/csv",
            "html", "text/html",
            "json", "application/json");

    private final Workspace workspace;
    private final ReportService reports;
    private final JobService jobs;
    private final TempSpace temp;

    @Activate
    public ReportResource(@Reference Workspace workspace, @Reference ReportService reports, @Reference JobService jobs,
            @Reference TempSpace temp) {
        this.workspace = workspace;
        this.reports = reports;
        this.jobs = jobs;
        this.temp = temp;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                new Route("GET", "/strategies/{id}/reports", "The report formats installed now and the default period",
                        this::formats),
                new Route("POST", "/strategies/{id}/reports", "Writes the quarterly report as a job (body {\"period\": "
                        + "\"2026-Q3\", \"formats\": [\"xlsx\", \"pdf\"], \"lang\": \"en\"}); 202 with the job, 422 for a "
                        + "format that is not installed", this::start).withBody(BodySchema.object()
                                .text("period", "the quarter or month, e.g. 2026-Q3 (default: the current period)", false)
                                .texts("formats", "the formats to write, e.g. [\"xlsx\", \"pdf\"] (default: xlsx and pdf)",
                                        false)
                                .text("lang", "the report's language, e.g. en (default) or de", false)).withStatus(202),
                new Route("GET", "/strategies/{id}/reports/{jobId}/{file}", "Downloads a file of a finished report job "
                        + "(kept for an hour)", this::download));
    }

    private Object formats(ApiRequest request) throws Exception {
        StrategyDocument document = workspace.document(request.path("id"));
        var read = document.read(Strategy::getCurrentPeriod);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("version", read.version());
        answer.put("formats", reports.formats());
        answer.put("defaultFormats", DEFAULT_FORMATS.stream().filter(reports.formats()::contains).toList());
        answer.put("period", read.value());
        return answer;
    }

    private Object start(ApiRequest request) throws Exception {
        StrategyDocument document = workspace.document(request.path("id"));
        JsonObject body = request.body();
        String period = Bodies.text(body, "period").orElse(null);
        if (period == null) {
            period = document.read(Strategy::getCurrentPeriod).value();
            if (period == null || period.isBlank()) {
                throw new ApiError(422, "'period' is required: the strategy has no current period");
            }
        }
        if (!Periods.isValid(period)) {
            throw new ApiError(422, "'period': '" + period + "' is not a period; write a quarter like 2026-Q3 or a "
                    + "month like 2026-09");
        }
        String lang = Bodies.text(body, "lang").orElse("en");
        Locale locale = Locale.forLanguageTag(lang);
        if (locale.getLanguage().isEmpty()) {
            throw new ApiError(422, "'lang': '" + lang + "' is not a language tag; write e.g. en or de");
        }
        List<String> formats = new ArrayList<>();
        for (String format : Bodies.list(body, "formats")) {
            String f = format.toLowerCase(Locale.ROOT);
            if (!formats.contains(f)) {
                formats.add(f);
            }
        }
        List<String> installed = reports.formats();
        if (formats.isEmpty()) {
            formats.addAll(DEFAULT_FORMATS.stream().filter(installed::contains).toList());
        }
        if (formats.isEmpty()) {
            throw new ApiError(422, "No report format is installed");
        }
        List<String> missing = formats.stream().filter(f -> !installed.contains(f)).toList();
        if (!missing.isEmpty()) {
            throw new ApiError(422, missingFormatMessage(document, period, locale, missing))
                    .with("missing", missing).with("formats", installed);
        }
        String reportPeriod = period;
        Job job = jobs.start("report", document.id(), running -> {
            running.progress("period", reportPeriod);
            running.progress("formats", formats);
            running.phase("writing the report");
            running.markStarted();
            var written = document.read(strategy -> {
                try {
                    return reports.write(strategy, reportPeriod, locale, formats, running.folder());
                } catch (IllegalArgumentException e) {
                    // a renderer went away since the request was checked
                    throw new ApiError(422, e.getMessage(), e);
                }
            });
            running.version(written.version());
            List<Map<String, Object>> files = new ArrayList<>();
            for (Path file : written.value()) {
                String format = extension(file);
                Job.JobFile jobFile = new Job.JobFile(file.getFileName().toString(), format, Files.size(file), file);
                running.addFile(jobFile);
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("name", jobFile.name());
                f.put("format", format);
                f.put("size", jobFile.size());
                f.put("href", running.href(jobFile));
                files.add(f);
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("period", reportPeriod);
            result.put("lang", locale.toLanguageTag());
            result.put("files", files);
            return result;
        });
        Map<String, Object> answer = new LinkedHashMap<>(job.toJson(jobs.now()));
        answer.put("jobId", job.id());
        answer.put("href", "/api/jobs/" + job.id());
        return ApiResponse.json(202, answer).header("Location", "/api/jobs/" + job.id());
    }

    private Object download(ApiRequest request) throws Exception {
        String strategyId = request.path("id");
        Optional<Job> job = jobs.find(request.path("jobId"))
                .filter(j -> j.kind().equals("report") && j.strategyId().equals(strategyId));
        if (job.isEmpty()) {
            throw ApiError.notFound("There is no report '" + request.path("jobId") + "' of strategy '" + strategyId
                    + "'; reports are kept for an hour after they are written: generate it again");
        }
        if (job.get().state() != Job.State.DONE) {
            throw new ApiError(409, "The report is " + job.get().state().label() + "; download it when it is done");
        }
        String name = request.path("file");
        Job.JobFile file = job.get().files().stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> ApiError.notFound("The report has no file '" + name + "'"));
        if (!Files.isRegularFile(file.path())) {
            throw ApiError.notFound("The file '" + name + "' is no longer kept: generate the report again");
        }
        return ApiResponse.download(file.path(), CONTENT_TYPES.getOrDefault(file.format(), "application/octet-stream"),
                file.name());
    }

    /**
     * The report service's own message for formats without a renderer (it names the plugin to install, as
     * {@code cxw report} does): the service refuses them before writing anything.
     */
    private String missingFormatMessage(StrategyDocument document, String period, Locale locale, List<String> missing)
            throws Exception {
        Path scratch = null;
        try {
            scratch = temp.newFolder("checks");
            Path folder = scratch;
            document.read(strategy -> reports.write(strategy, period, locale, missing, folder));
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        } catch (IOException e) {
            // fall through to the plain message
        } finally {
            TempSpace.deleteTree(scratch);
        }
        return "No report renderer is installed for " + String.join(", ", missing) + "; installed: "
                + String.join(", ", reports.formats());
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
