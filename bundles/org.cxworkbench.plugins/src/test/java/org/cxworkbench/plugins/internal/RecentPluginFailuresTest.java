package org.cxworkbench.plugins.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.cxworkbench.api.failure.PluginFailure;
import org.cxworkbench.api.failure.PluginFailureLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failures are kept in memory and in a small file that a later run reads; both are bounded. */
class RecentPluginFailuresTest {

    private static final Instant NOON = Instant.parse("2026-11-23T12:00:00Z");

    @TempDir
    Path dir;

    private final MovableClock clock = new MovableClock();

    @Test
    void aLaterRunSeesTheFailuresOfAnEarlierOne() throws Exception {
        Path file = dir.resolve("home/.cxw/plugin-failures.log");
        RecentPluginFailures first = new RecentPluginFailures(file, clock);
        first.record("com.acme.kpi", PluginFailureLog.KPI_CALCULATOR, "acme.fcr",
                "calculator 'acme.fcr' did not answer within 10 s");
        clock.advance(Duration.ofSeconds(5));
        first.record("com.acme.survey", PluginFailureLog.SURVEY_SOURCE, "acme-json",
                "line 1\nline 2\twith a tab and a \\ backslash");
        assertNull(first.fileProblem());

        List<PluginFailure> seen = new RecentPluginFailures(file, clock).recent();
        assertEquals(first.recent(), seen);
        assertEquals(new PluginFailure(NOON, "com.acme.kpi", "kpi-calculator", "acme.fcr",
                "calculator 'acme.fcr' did not answer within 10 s"), seen.get(0));
        assertEquals("line 1\nline 2\twith a tab and a \\ backslash", seen.get(1).message());
        assertEquals(3, Files.readAllLines(file, StandardCharsets.UTF_8).size(), "a header and one line each");
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file is left");
        }
    }

    @Test
    void theSameFailureIsKeptOnceWhileItRepeats() {
        RecentPluginFailures log = new RecentPluginFailures(dir.resolve("failures.log"), clock);
        for (int period = 0; period < 8; period++) {
            log.record("com.acme", PluginFailureLog.KPI_CALCULATOR, "acme", "failed: IllegalStateException");
            clock.advance(Duration.ofSeconds(1));
        }
        assertEquals(1, log.recent().size());
        clock.advance(Duration.ofMinutes(RecentPluginFailures.SAME_FAILURE_MINUTES));
        log.record("com.acme", PluginFailureLog.KPI_CALCULATOR, "acme", "failed: IllegalStateException");
        assertEquals(2, log.recent().size(), "the same failure much later is recorded again");
    }

    @Test
    void onlyTheNewestAreKeptInMemoryAndInTheFile() throws Exception {
        Path file = dir.resolve("failures.log");
        RecentPluginFailures log = new RecentPluginFailures(file, clock);
        for (int i = 0; i < RecentPluginFailures.KEPT + 30; i++) {
            log.record("com.acme", PluginFailureLog.STEP_RULE, "acme.rule", "failure " + i);
            clock.advance(Duration.ofSeconds(1));
        }
        assertEquals(RecentPluginFailures.KEPT, log.recent().size());
        assertEquals("failure 30", log.recent().get(0).message());
        List<PluginFailure> reread = new RecentPluginFailures(file, clock).recent();
        assertEquals(RecentPluginFailures.KEPT, reread.size());
        assertEquals("failure " + (RecentPluginFailures.KEPT + 29), reread.get(reread.size() - 1).message());
    }

    @Test
    void unreadableLinesAreSkippedAndAnUnwritableFileLeavesTheLogWorkingInMemory() throws Exception {
        Path file = dir.resolve("failures.log");
        Files.writeString(file, "# header\nnot a failure\n2026-11-23T11:00:00Z\tcom.acme\tstep-rule\tacme.rule\tthrew\n"
                + "yesterday\tcom.acme\tstep-rule\tacme.rule\tthrew\n");
        assertEquals(1, new RecentPluginFailures(file, clock).recent().size());

        Path blocked = Files.writeString(dir.resolve("a-file"), "not a folder");
        RecentPluginFailures memoryOnly = new RecentPluginFailures(blocked.resolve("failures.log"), clock);
        memoryOnly.record("com.acme", PluginFailureLog.REPORT_FORMAT, "docx", "renderer threw");
        assertEquals(1, memoryOnly.recent().size());
        assertNotNull(memoryOnly.fileProblem());
        assertTrue(memoryOnly.fileProblem().startsWith("cannot be written"), memoryOnly.fileProblem());

        RecentPluginFailures noFile = new RecentPluginFailures(null, clock);
        noFile.record("com.acme", PluginFailureLog.REPORT_FORMAT, "docx", "renderer threw");
        assertEquals(1, noFile.recent().size());
    }

    /** A clock the test moves forward. */
    private static final class MovableClock extends Clock {
        private Instant now = NOON;

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
