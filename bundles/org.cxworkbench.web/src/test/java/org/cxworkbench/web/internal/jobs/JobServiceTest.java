package org.cxworkbench.web.internal.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.cxworkbench.web.internal.WebFixtures;
import org.cxworkbench.web.internal.http.ApiError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jobs are bounded: 50 kept, finished ones forgotten (with their folders) after an hour. */
class JobServiceTest {

    @TempDir
    Path dir;

    private final WebFixtures.MovableClock clock = new WebFixtures.MovableClock();
    private final CountDownLatch release = new CountDownLatch(1);
    private TempSpace temp;
    private JobService jobs;

    @BeforeEach
    void setUp() {
        temp = new TempSpace(dir.resolve("temp"));
        jobs = new JobService(temp, clock);
    }

    @AfterEach
    void tearDown() {
        release.countDown();
        jobs.close();
        temp.close();
    }

    @Test
    void aJobRunsInTheBackgroundAndKeepsItsResultOrError() throws Exception {
        Job done = jobs.start("report", "acme", job -> {
            Files.writeString(job.folder().resolve("a.txt"), "a");
            return "written";
        });
        Job failed = jobs.start("import", "acme", job -> {
            throw new ApiError(422, "cxw import-survey: no such column");
        });
        waitUntilFinished(done);
        waitUntilFinished(failed);

        assertEquals(Job.State.DONE, done.state());
        assertEquals("written", done.result());
        assertEquals(Job.State.FAILED, failed.state());
        assertEquals(422, failed.error().status());
        assertEquals("cxw import-survey: no such column", failed.error().body().get("error"));
        assertTrue(failed.started().isCompletedExceptionally());
    }

    @Test
    void atMostFiftyJobsAreKeptTheOldestFinishedGoFirst() throws Exception {
        Job first = jobs.start("report", "acme", job -> "first");
        waitUntilFinished(first);
        for (int i = 0; i < JobService.KEPT_JOBS + 5; i++) {
            waitUntilFinished(jobs.start("report", "acme", job -> "more"));
        }
        assertTrue(jobs.jobs().size() <= JobService.KEPT_JOBS);
        assertTrue(jobs.find(first.id()).isEmpty());
        assertFalse(Files.exists(first.folder()), "its folder is deleted with it");
    }

    @Test
    void whileFiftyAreRunningANewJobIsRefused() throws Exception {
        for (int i = 0; i < JobService.KEPT_JOBS; i++) {
            jobs.start("report", "acme", job -> {
                release.await();
                return null;
            });
        }
        ApiError refused = org.junit.jupiter.api.Assertions.assertThrows(ApiError.class,
                () -> jobs.start("report", "acme", job -> null));
        assertEquals(503, refused.status());
    }

    @Test
    void finishedJobsAreForgottenAfterAnHourRunningOnesAreKept() throws Exception {
        Job finished = jobs.start("report", "acme", job -> "done");
        waitUntilFinished(finished);
        Job running = jobs.start("report", "acme", job -> {
            release.await();
            return null;
        });
        clock.advance(JobService.KEPT_FOR.plusMinutes(1));

        jobs.sweep();

        assertTrue(jobs.find(finished.id()).isEmpty());
        assertFalse(Files.exists(finished.folder()));
        assertTrue(jobs.find(running.id()).isPresent());
    }

    @Test
    void closingDeletesTheTemporarySpace() throws Exception {
        waitUntilFinished(jobs.start("report", "acme", job -> "done"));
        jobs.close();
        temp.close();
        assertFalse(Files.exists(temp.root()));
    }

    private static void waitUntilFinished(Job job) throws InterruptedException {
        long until = System.currentTimeMillis() + 10_000;
        while (job.state() == Job.State.RUNNING && System.currentTimeMillis() < until) {
            Thread.sleep(5);
        }
    }
}
