package org.cxworkbench.web.internal.uploads;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.cxworkbench.api.survey.SourceOptions;
import org.cxworkbench.api.survey.SurveyFormatException;
import org.cxworkbench.api.survey.SurveyHeader;
import org.cxworkbench.api.survey.SurveyRow;
import org.cxworkbench.api.survey.SurveyRows;
import org.cxworkbench.api.survey.SurveySource;
import org.cxworkbench.web.internal.http.ApiError;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Reads the header and the first rows of an uploaded export through the same {@link SurveySource} services
 * as {@code cxw import-survey} (highest priority first), so the shape detection (plain, Qualtrics,
 * SurveyMonkey, Google Forms) and the limits (the zip-bomb limits of workbooks) are those of the command.
 */
@Component(service = ExportPreview.class)
public final class ExportPreview {

    /** Longest sample value shown. */
    static final int MAX_SAMPLE_CHARS = 200;

    /**
     * What the export looks like.
     *
     * @param source the id of the source that reads it, e.g. {@code csv}
     * @param header shape and columns
     * @param sampleRows the first response rows, one text per column
     */
    public record Preview(String source, SurveyHeader header, List<List<String>> sampleRows) {
    }

    private record Registered(SurveySource source, int priority) {
    }

    private final Map<SurveySource, Registered> sources = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addSource(SurveySource source) {
        int priority;
        try {
            priority = source.priority();
        } catch (RuntimeException e) {
            priority = 0;
        }
        sources.put(source, new Registered(source, priority));
    }

    public void removeSource(SurveySource source) {
        sources.remove(source);
    }

    /**
     * Reads the header and up to {@code rows} response rows.
     *
     * @throws ApiError 415 if no source reads the file, 422 if it is not a readable export (the source's
     *         message, naming file and line)
     */
    public Preview preview(Path file, int rows) throws ApiError {
        SurveySource source = sourceFor(file);
        String name = file.getFileName().toString();
        try (SurveyRows stream = source.open(file, SourceOptions.DEFAULTS)) {
            SurveyHeader header = stream.header();
            int width = header.columns().size();
            List<List<String>> sample = new ArrayList<>();
            SurveyRow row;
            while (sample.size() < rows && (row = stream.next()) != null) {
                List<String> values = new ArrayList<>(width);
                for (int i = 0; i < width; i++) {
                    String value = row.field(i).toString();
                    values.add(value.length() > MAX_SAMPLE_CHARS ? value.substring(0, MAX_SAMPLE_CHARS) + "…" : value);
                }
                sample.add(values);
            }
            return new Preview(source.id(), header, sample);
        } catch (SurveyFormatException e) {
            throw new ApiError(422, e.getMessage(), e);
        } catch (IOException e) {
            throw new ApiError(422, name + ": the file could not be read: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new ApiError(422, name + ": the survey source '" + source.id() + "' failed to read it: " + e, e);
        }
    }

    private SurveySource sourceFor(Path file) throws ApiError {
        List<Registered> ordered = sources.values().stream()
                .sorted(Comparator.comparingInt(Registered::priority).reversed()).toList();
        for (Registered registered : ordered) {
            try {
                if (registered.source().accepts(file)) {
                    return registered.source();
                }
            } catch (IOException | RuntimeException e) {
                // a source that cannot decide does not read the file
            }
        }
        throw new ApiError(415, file.getFileName() + ": no installed survey source reads this file");
    }
}
