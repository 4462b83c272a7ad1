package org.cxworkbench.web.internal.jobs;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.cxworkbench.web.internal.http.ErrorAnswer;

/**
 * A long piece of work started by a request (a survey import, a report) that runs on a background thread
 * while the page polls {@code GET /api/jobs/{id}}. Its state moves from running to done or failed once.
 */
public final class Job {

    /** Where a job stands. */
    public enum State {
        RUNNING, DONE, FAILED;

        /** The name in answers: running, done, failed. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A file a job wrote, offered for download. */
    public record JobFile(String name, String format, long size, Path path) {
    }

    private final String id;
    private final String kind;
    private final String strategyId;
    private final Path folder;
    private final Instant created;
    private final CompletableFuture<Void> started = new CompletableFuture<>();
    private volatile State state = State.RUNNING;
    private volatile String phase = "queued";
    private volatile Instant finished;
    private volatile Object result;
    private volatile Long version;
    private volatile String messages = "";
    private volatile ErrorAnswer error;
    private final List<JobFile> files = new ArrayList<>();
    private final Map<String, Object> progress = new LinkedHashMap<>();

    Job(String id, String kind, String strategyId, Path folder, Instant created) {
        this.id = id;
        this.kind = kind;
        this.strategyId = strategyId;
        this.folder = folder;
        this.created = created;
    }

    public String id() {
        return id;
    }

    /** What the job does: {@code import} or {@code report}. */
    public String kind() {
        return kind;
    }

    public String strategyId() {
        return strategyId;
    }

    /** The job's own private folder, deleted with the job. */
    public Path folder() {
        return folder;
    }

    public State state() {
        return state;
    }

    public Instant created() {
        return created;
    }

    /** When it finished, or {@code null} while it runs. */
    public Instant finished() {
        return finished;
    }

    /** Completes when the work has really begun (e.g. holds the strategy), or fails if it failed before. */
    public CompletableFuture<Void> started() {
        return started;
    }

    /** The work has begun. */
    public void markStarted() {
        started.complete(null);
    }

    /** What the job is doing now, in words, e.g. {@code importing}. */
    public void phase(String text) {
        this.phase = text;
    }

    /** A progress figure, e.g. {@code bytes}. */
    public synchronized void progress(String key, Object value) {
        progress.put(key, value);
    }

    /** The strategy version the job's change produced. */
    public void version(long newVersion) {
        this.version = newVersion;
    }

    /** Text the work printed (warnings). */
    public void messages(String text) {
        this.messages = text == null ? "" : text;
    }

    /** Offers a file for download. */
    public synchronized void addFile(JobFile file) {
        files.add(file);
    }

    public synchronized List<JobFile> files() {
        return List.copyOf(files);
    }

    public Object result() {
        return result;
    }

    public ErrorAnswer error() {
        return error;
    }

    void succeed(Object value, Instant at) {
        result = value;
        finished = at;
        phase = "done";
        state = State.DONE;
        started.complete(null);
    }

    void fail(Exception e, Instant at) {
        error = ErrorAnswer.of(e);
        finished = at;
        phase = "failed";
        state = State.FAILED;
        started.completeExceptionally(e);
    }

    /** The address a file of this job is downloaded from: {@code /api/strategies/ID/reports/JOB/NAME}. */
    public String href(JobFile file) {
        return "/api/strategies/" + encode(strategyId) + "/" + kind + "s/" + id + "/" + encode(file.name());
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The job as the API shows it. */
    public synchronized Map<String, Object> toJson(Instant now) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("kind", kind);
        json.put("strategy", strategyId);
        json.put("state", state.label());
        json.put("createdAt", created.toString());
        json.put("finishedAt", finished == null ? null : finished.toString());
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("phase", phase);
        p.put("elapsedSeconds", Duration.between(created, finished == null ? now : finished).toMillis() / 1000.0);
        p.putAll(progress);
        json.put("progress", p);
        json.put("version", version);
        json.put("result", result);
        json.put("messages", messages);
        json.put("error", error == null ? null : error.body());
        List<Map<String, Object>> fileList = new ArrayList<>();
        for (JobFile file : files) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("name", file.name());
            f.put("format", file.format());
            f.put("size", file.size());
            f.put("href", href(file));
            fileList.add(f);
        }
        json.put("files", fileList);
        return json;
    }
}
