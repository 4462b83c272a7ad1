package org.cxworkbench.web.internal.jobs;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.cxworkbench.web.internal.http.ApiError;
import org.cxworkbench.web.internal.workspace.WebSettings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Runs jobs on two background threads and remembers them for the pages that poll them. Bounded: at most
 * {@value #KEPT_JOBS} jobs are kept (the oldest finished ones go first), a finished job and its folder are
 * deleted after an hour, and a new job is refused (503) while {@value #KEPT_JOBS} are still running.
 */
@Component(service = JobService.class, configurationPid = WebSettings.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
public final class JobService {

    /** The work of a job. Returns the job's result (sent as JSON); throws to fail it. */
    @FunctionalInterface
    public interface Work {
        Object run(Job job) throws Exception;
    }

    /** How many jobs are kept. */
    public static final int KEPT_JOBS = 50;

    /** How long a finished job (and its files) is kept. */
    public static final Duration KEPT_FOR = Duration.ofHours(1);

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final TempSpace temp;
    private final Clock clock;
    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private final ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
        Thread thread = new Thread(r, "cxw-web-job-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });
    private final ScheduledFuture<?> sweep;

    @Activate
    public JobService(@Reference TempSpace temp) {
        this(temp, Clock.systemUTC());
    }

    /** With a clock of the test's choosing. */
    public JobService(TempSpace temp, Clock clock) {
        this.temp = temp;
        this.clock = clock;
        this.sweep = temp.everyMinute(this::sweep);
    }

    @Deactivate
    public void close() {
        sweep.cancel(false);
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (jobs) {
            jobs.values().forEach(job -> TempSpace.deleteTree(job.folder()));
            jobs.clear();
        }
    }

    /**
     * Starts a job.
     *
     * @param kind {@code import} or {@code report}
     * @param strategyId the strategy the job works on
     * @throws ApiError 503 if {@value #KEPT_JOBS} jobs are still running
     */
    public Job start(String kind, String strategyId, Work work) throws ApiError, IOException {
        Job job;
        synchronized (jobs) {
            sweep();
            if (jobs.size() >= KEPT_JOBS) {
                throw new ApiError(503, KEPT_JOBS + " imports and reports are still running; try again when one has finished");
            }
            job = new Job(TempSpace.randomId(), kind, strategyId, temp.newFolder("jobs"), clock.instant());
            jobs.put(job.id(), job);
        }
        Job running = job;
        workers.execute(() -> {
            running.phase("running");
            try {
                running.succeed(work.run(running), clock.instant());
            } catch (Exception e) {
                running.fail(e, clock.instant());
            } catch (LinkageError | StackOverflowError e) {
                running.fail(new IllegalStateException(e.toString(), e), clock.instant());
            }
        });
        return job;
    }

    /** A job, if it is still kept. */
    public Optional<Job> find(String id) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id));
        }
    }

    /** The jobs kept, oldest first. */
    public List<Job> jobs() {
        synchronized (jobs) {
            return new ArrayList<>(jobs.values());
        }
    }

    /** Now, by the service's clock. */
    public Instant now() {
        return clock.instant();
    }

    /**
     * Forgets finished jobs older than {@link #KEPT_FOR} and, beyond {@value #KEPT_JOBS} minus one, the oldest
     * finished ones (so a new job fits), deleting their folders.
     */
    public void sweep() {
        Instant limit = clock.instant().minus(KEPT_FOR);
        synchronized (jobs) {
            List<Job> finished = jobs.values().stream().filter(j -> j.finished() != null).toList();
            int excess = jobs.size() - (KEPT_JOBS - 1);
            Iterator<Job> oldest = finished.iterator();
            while (oldest.hasNext()) {
                Job job = oldest.next();
                if (job.finished().isBefore(limit) || excess > 0) {
                    jobs.remove(job.id());
                    TempSpace.deleteTree(job.folder());
                    excess--;
                }
            }
        }
    }
}
