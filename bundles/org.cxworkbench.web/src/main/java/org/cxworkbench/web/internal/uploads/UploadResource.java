package org.cxworkbench.web.internal.uploads;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cxworkbench.api.survey.SurveyColumn;
import org.cxworkbench.model.Survey;
import org.cxworkbench.web.internal.http.ApiRequest;
import org.cxworkbench.web.internal.http.ApiResource;
import org.cxworkbench.web.internal.http.ApiResponse;
import org.cxworkbench.web.internal.http.BodySchema;
import org.cxworkbench.web.internal.workspace.StrategyDocument;
import org.cxworkbench.web.internal.workspace.Workspace;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code POST /api/strategies/{id}/uploads?name=FILE.csv}: receives a survey export as the raw request body,
 * reads its header and first rows with the survey sources and answers the columns with a suggested mapping.
 * The upload waits (an hour at most) for {@code POST .../imports}; an unreadable one is deleted at once.
 */
@Component(service = ApiResource.class)
public final class UploadResource implements ApiResource {

    /** Rows shown as a sample. */
    static final int SAMPLE_ROWS = 5;

    private final Workspace workspace;
    private final UploadStore uploads;
    private final ExportPreview preview;

    @Activate
    public UploadResource(@Reference Workspace workspace, @Reference UploadStore uploads,
            @Reference ExportPreview preview) {
        this.workspace = workspace;
        this.uploads = uploads;
        this.preview = preview;
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route("POST", "/strategies/{id}/uploads", "Uploads a survey export (raw body; ?name=FILE.csv, "
                + ".tsv, .txt or .xlsx): its columns, sample rows and a suggested mapping (KPI columns, id, date, "
                + "segments); 413 beyond the size limit, 415 for other file types, 422 if unreadable", this::upload)
                .withBody(BodySchema.binary()).withStatus(201));
    }

    private Object upload(ApiRequest request) throws Exception {
        StrategyDocument document = workspace.document(request.path("id"));
        Upload upload = uploads.save(document.id(), request.query("name").orElse(null), request.stream(),
                request.contentLength());
        try {
            ExportPreview.Preview seen = preview.preview(upload.file(), SAMPLE_ROWS);
            var read = document.read(strategy -> {
                List<KpiChoice> choices = KpiChoice.of(strategy);
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("uploadId", upload.id());
                answer.put("name", upload.name());
                answer.put("size", upload.size());
                answer.put("source", seen.source());
                answer.put("shape", seen.header().shape().label());
                answer.put("columns", columns(seen.header().columns()));
                answer.put("sampleRows", seen.sampleRows());
                answer.put("suggestions", ColumnSuggestions.suggest(strategy, seen.header(), choices));
                answer.put("kpis", choices);
                answer.put("surveys", strategy.getSurveys().stream().map(Survey::getName).toList());
                answer.put("expiresInSeconds", UploadStore.KEPT_FOR.toSeconds());
                return answer;
            });
            read.value().put("version", read.version());
            return ApiResponse.json(201, read.value());
        } catch (Exception | Error e) {
            uploads.delete(upload.id());
            throw e;
        }
    }

    private static List<Map<String, Object>> columns(List<SurveyColumn> columns) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (SurveyColumn column : columns) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("index", column.index());
            c.put("id", column.id());
            c.put("question", column.question());
            c.put("importId", column.importId());
            list.add(c);
        }
        return list;
    }
}
