package org.cxworkbench.web.internal.uploads;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;

import org.cxworkbench.web.internal.http.ApiError;
import org.cxworkbench.web.internal.jobs.TempSpace;
import org.cxworkbench.web.internal.workspace.WebSettings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Uploaded survey exports: streamed to a folder of their own in the private temporary space, never held in
 * memory, refused (and nothing left behind) beyond {@link WebSettings#uploadMaxBytes()} or with a file type
 * the survey import does not read. An upload is deleted once imported, or after an hour.
 */
@Component(service = UploadStore.class, configurationPid = WebSettings.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
public final class UploadStore {

    /** The file types offered for survey imports. */
    public static final List<String> EXTENSIONS = List.of(".csv", ".tsv", ".txt", ".xlsx");

    /** How long an upload waits for its import. */
    public static final Duration KEPT_FOR = Duration.ofHours(1);

    private static final int MAX_NAME_LENGTH = 120;

    private final TempSpace temp;
    private final long maxBytes;
    private final Clock clock;
    private final Map<String, Upload> uploads = new ConcurrentHashMap<>();
    private final ScheduledFuture<?> sweep;

    @Activate
    public UploadStore(@Reference TempSpace temp, WebSettings settings) {
        this(temp, settings.uploadMaxBytes(), Clock.systemUTC());
    }

    /** With a size limit and clock of the test's choosing. */
    public UploadStore(TempSpace temp, long maxBytes, Clock clock) {
        this.temp = temp;
        this.maxBytes = maxBytes;
        this.clock = clock;
        this.sweep = temp.everyMinute(this::sweep);
    }

    @Deactivate
    public void close() {
        sweep.cancel(false);
        uploads.values().forEach(u -> TempSpace.deleteTree(u.file().getParent()));
        uploads.clear();
    }

    /** The largest upload accepted, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Stores an upload.
     *
     * @param requestedName the file name the browser gave; only its last part is kept, sanitised
     * @param declaredLength the request's Content-Length, or -1
     * @throws ApiError 400 without a name, 415 for a file type other than {@link #EXTENSIONS}, 413 beyond the
     *         size limit (the stored part is deleted)
     */
    public Upload save(String strategyId, String requestedName, InputStream body, long declaredLength)
            throws ApiError, IOException {
        String name = sanitise(requestedName);
        if (declaredLength > maxBytes) {
            throw tooLarge();
        }
        sweep();
        Path folder = temp.newFolder("uploads");
        Path file = folder.resolve(name);
        long size = 0;
        boolean kept = false;
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = body.read(buffer)) >= 0) {
                size += n;
                if (size > maxBytes) {
                    throw tooLarge();
                }
                out.write(buffer, 0, n);
            }
            kept = true;
        } finally {
            if (!kept) {
                TempSpace.deleteTree(folder);
            }
        }
        if (size == 0) {
            TempSpace.deleteTree(folder);
            throw new ApiError(422, name + ": the file is empty");
        }
        Upload upload = new Upload(folder.getFileName().toString(), strategyId, name, file, size, clock.instant());
        uploads.put(upload.id(), upload);
        return upload;
    }

    /** The upload with this id made for this strategy. */
    public Optional<Upload> find(String strategyId, String uploadId) {
        Upload upload = uploadId == null ? null : uploads.get(uploadId);
        return upload != null && upload.strategyId().equals(strategyId) && Files.isRegularFile(upload.file())
                ? Optional.of(upload) : Optional.empty();
    }

    /** Deletes an upload and its folder. */
    public void delete(String uploadId) {
        Upload upload = uploads.remove(uploadId);
        if (upload != null) {
            TempSpace.deleteTree(upload.file().getParent());
        }
    }

    /** Deletes uploads older than {@link #KEPT_FOR}. */
    public void sweep() {
        Instant limit = clock.instant().minus(KEPT_FOR);
        uploads.values().stream().filter(u -> u.created().isBefore(limit)).map(Upload::id).toList()
                .forEach(this::delete);
    }

    /** The uploads waiting (tests, diagnostics). */
    public List<Upload> uploads() {
        return List.copyOf(uploads.values());
    }

    /**
     * The last part of a file name (no folders), with characters other than letters, digits, space, dot,
     * dash and underscore replaced by {@code _}, no leading dots, at most {@value #MAX_NAME_LENGTH} characters,
     * ending in one of {@link #EXTENSIONS}.
     */
    static String sanitise(String requested) throws ApiError {
        if (requested == null || requested.isBlank()) {
            throw ApiError.badRequest("Name the uploaded file: POST .../uploads?name=FILE.csv");
        }
        String name = requested.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[^\\p{L}\\p{N} ._-]", "_").strip();
        name = name.replaceAll("^[. ]+", "");
        String lower = name.toLowerCase(Locale.ROOT);
        String extension = EXTENSIONS.stream().filter(lower::endsWith).findFirst().orElseThrow(() -> new ApiError(415,
                "'" + requested + "' is not a survey export the workbench reads: upload a "
                        + String.join(", ", EXTENSIONS) + " file").with("accepted", EXTENSIONS));
        String stem = name.substring(0, name.length() - extension.length()).strip();
        if (stem.length() > MAX_NAME_LENGTH - extension.length()) {
            stem = stem.substring(0, MAX_NAME_LENGTH - extension.length());
        }
        return (stem.isEmpty() ? "upload" : stem) + extension;
    }

    private ApiError tooLarge() {
        return new ApiError(413, "The upload is too large: this workbench accepts files of at most "
                + megabytes(maxBytes) + "; nothing was kept").with("maxBytes", maxBytes);
    }

    private static String megabytes(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.0f MB", bytes / 1024.0 / 1024.0);
        }
        return bytes >= 1024 ? String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0) : bytes + " bytes";
    }
}
