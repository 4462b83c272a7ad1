package org.cxworkbench.survey;

import static org.cxworkbench.survey.ImportFixture.measurement;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.cxworkbench.api.command.CommandException;
import org.cxworkbench.api.failure.PluginFailureLog;
import org.cxworkbench.api.survey.ExportShape;
import org.cxworkbench.api.survey.SourceOptions;
import org.cxworkbench.api.survey.SurveyColumn;
import org.cxworkbench.api.survey.SurveyHeader;
import org.cxworkbench.api.survey.SurveyRow;
import org.cxworkbench.api.survey.SurveyRows;
import org.cxworkbench.api.survey.SurveySource;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.testing.RecordingFailureLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin's survey source that throws, hangs or stalls costs the import at most a clear refusal naming the plugin
 * (exit 2, nothing saved); one that fails while being asked whether it reads a file is skipped and the built-in
 * sources still import it.
 */
class SurveySourceContainmentTest {

    private static final String PLUGIN = "com.acme.survey";

    @TempDir
    Path dir;

    private ImportFixture fx;
    private final RecordingFailureLog log = new RecordingFailureLog();
    /** Released after each test, so that the threads of hanging sources end. */
    private final CountDownLatch released = new CountDownLatch(1);

    @BeforeEach
    void setUp() throws Exception {
        fx = new ImportFixture(dir);
        fx.importer.setFailureLog(log);
        fx.importer.limits(Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @AfterEach
    void release() {
        released.countDown();
        fx.importer.deactivate();
    }

    @Test
    void aSourceWhoseAcceptsThrowsIsSkippedAndTheExportIsStillImported() throws Exception {
        fx.importer.addSource(new PluginSource() {
            @Override
            public boolean accepts(Path file) {
                throw new IllegalStateException("broken on purpose");
            }
        }, "acme-json", PLUGIN);

        Strategy s = fx.run(fx.export("wave-1.csv"), "--survey", "Waves", "--map", "NPS=NPS");

        assertTrue(measurement(s, "NPS", "2026-Q3", "").getCount() > 0);
        assertTrue(fx.last.errorOutput().contains("warning: survey source 'acme-json' from bundle com.acme.survey was "
                + "skipped: accepts(wave-1.csv) failed: java.lang.IllegalStateException: broken on purpose"),
                fx.last.errorOutput());
        assertEquals(PLUGIN, log.only(PluginFailureLog.SURVEY_SOURCE, "acme-json").bundle());
    }

    @Test
    void aSourceWhoseAcceptsHangsIsSkippedAfterItsTimeLimit() throws Exception {
        fx.importer.addSource(new PluginSource() {
            @Override
            public boolean accepts(Path file) {
                awaitRelease();
                return true;
            }
        }, "acme-json", PLUGIN);

        Strategy s = fx.run(fx.export("wave-1.csv"), "--survey", "Waves", "--map", "NPS=NPS", "--json");

        assertTrue(measurement(s, "NPS", "2026-Q3", "").getCount() > 0);
        assertEquals(List.of("survey source 'acme-json' from bundle com.acme.survey was skipped: it did not answer "
                + "within 1 s whether it reads wave-1.csv"), fx.last.<java.util.Map<String, Object>>printed()
                .get("warnings"));
    }

    @Test
    void whenNoOtherSourceReadsTheFileTheRefusalNamesTheSkippedOne() throws Exception {
        fx.importer.addSource(new PluginSource() {
            @Override
            public boolean accepts(Path file) {
                awaitRelease();
                return true;
            }
        }, "acme-json", PLUGIN);
        Path export = Files.writeString(dir.resolve("answers.json"), "{\"answers\": []}");
        byte[] before = Files.readAllBytes(fx.strategyFile);

        CommandException refused = fx.refused(export, "--survey", "Waves", "--map", "NPS=NPS");

        assertTrue(refused.getMessage().contains("answers.json: not a survey export this workbench can read")
                && refused.getMessage().contains("survey source 'acme-json' from bundle com.acme.survey was skipped: "
                        + "it did not answer within 1 s"), refused.getMessage());
        assertArrayEquals(before, Files.readAllBytes(fx.strategyFile));
    }

    @Test
    void aSourceWhoseOpenThrowsRefusesTheImportNamingThePlugin() throws Exception {
        fx.importer.addSource(new PluginSource() {
            @Override
            public SurveyRows open(Path file, SourceOptions options) {
                throw new IllegalStateException("cannot parse on purpose");
            }
        }, "acme-json", PLUGIN);
        byte[] before = Files.readAllBytes(fx.strategyFile);

        CommandException refused = fx.refused(fx.export("wave-1.csv"), "--survey", "Waves", "--map", "NPS=NPS");

        assertEquals("cxw import-survey: wave-1.csv: survey source 'acme-json' from bundle com.acme.survey failed: "
                + "java.lang.IllegalStateException: cannot parse on purpose; nothing was imported", refused.getMessage());
        assertArrayEquals(before, Files.readAllBytes(fx.strategyFile));
        assertTrue(log.only(PluginFailureLog.SURVEY_SOURCE, "acme-json").message().contains("cannot parse on purpose"));
    }

    @Test
    void aSourceThatStopsDeliveringRowsIsStoppedAndNothingIsSaved() throws Exception {
        fx.importer.addSource(new PluginSource() {
            @Override
            public SurveyRows open(Path file, SourceOptions options) {
                return new Rows(3, () -> awaitRelease());
            }
        }, "acme-json", PLUGIN);
        byte[] before = Files.readAllBytes(fx.strategyFile);

        CommandException refused = fx.refused(fx.export("wave-1.csv"), "--survey", "Waves", "--map", "NPS=NPS");

        assertEquals("cxw import-survey: wave-1.csv: survey source 'acme-json' from bundle com.acme.survey delivered "
                + "no row for 1 s and was stopped; nothing was imported", refused.getMessage());
        assertArrayEquals(before, Files.readAllBytes(fx.strategyFile));
        assertTrue(log.only(PluginFailureLog.SURVEY_SOURCE, "acme-json").message().contains("delivered no row"));
    }

    @Test
    void aSourceThatTakesLongerThanTheStallLimitInTotalButKeepsDeliveringIsNotStopped() throws Exception {
        fx.importer.limits(Duration.ofSeconds(1), Duration.ofSeconds(2));
        fx.importer.addSource(new PluginSource() {
            @Override
            public SurveyRows open(Path file, SourceOptions options) {
                return new Rows(15, () -> sleep(200));
            }
        }, "acme-json", PLUGIN);

        Strategy s = fx.run(fx.export("wave-1.csv"), "--survey", "Waves", "--map", "NPS=NPS");

        assertEquals(15, measurement(s, "NPS", "2026-Q3", "").getCount());
    }

    @Test
    void aSourceWhoseRowsThrowRefusesTheImportNamingThePlugin() throws Exception {
        fx.importer.addSource(new PluginSource() {
            @Override
            public SurveyRows open(Path file, SourceOptions options) {
                return new Rows(5, () -> { }) {
                    @Override
                    public SurveyRow next() {
                        SurveyRow row = super.next();
                        if (row != null && row.line() == 4) {
                            throw new IndexOutOfBoundsException("row 4 is broken");
                        }
                        return row;
                    }
                };
            }
        }, "acme-json", PLUGIN);
        byte[] before = Files.readAllBytes(fx.strategyFile);

        CommandException refused = fx.refused(fx.export("wave-1.csv"), "--survey", "Waves", "--map", "NPS=NPS");

        assertTrue(refused.getMessage().contains("survey source 'acme-json' from bundle com.acme.survey failed: "
                + "java.lang.IndexOutOfBoundsException: row 4 is broken; nothing was imported"), refused.getMessage());
        assertArrayEquals(before, Files.readAllBytes(fx.strategyFile));
    }

    private void awaitRelease() {
        try {
            released.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A plugin's source, asked first, that accepts every file and reads it as rows of {@link Rows}. */
    private abstract static class PluginSource implements SurveySource {
        @Override
        public String id() {
            return "acme-json";
        }

        @Override
        public int priority() {
            return 10;
        }

        @Override
        public boolean accepts(Path file) throws IOException {
            return true;
        }

        @Override
        public SurveyRows open(Path file, SourceOptions options) {
            return new Rows(1, () -> { });
        }
    }

    /**
     * Rows {@code ResponseId,Date,NPS}: {@code count} answers of 10 in July 2026, then the end. {@code between} runs
     * before each row after the third (and before the end), so that a source can hang or be slow after delivering
     * some rows.
     */
    private static class Rows implements SurveyRows {
        private final int count;
        private final Runnable between;
        private int delivered;

        Rows(int count, Runnable between) {
            this.count = count;
            this.between = between;
        }

        @Override
        public SurveyHeader header() {
            return new SurveyHeader(ExportShape.PLAIN, 1, List.of(new SurveyColumn(0, "ResponseId", null, null),
                    new SurveyColumn(1, "Date", null, null), new SurveyColumn(2, "NPS", null, null)));
        }

        @Override
        public SurveyRow next() {
            if (delivered >= 3) {
                between.run();
            }
            if (delivered >= count) {
                return null;
            }
            int n = ++delivered;
            return new SurveyRow() {
                @Override
                public long line() {
                    return n + 1;
                }

                @Override
                public int size() {
                    return 3;
                }

                @Override
                public CharSequence field(int column) {
                    return switch (column) {
                        case 0 -> "R" + n;
                        case 1 -> "2026-07-0" + (n % 9 + 1);
                        default -> "10";
                    };
                }
            };
        }

        @Override
        public long bytesRead() {
            return delivered;
        }

        @Override
        public long totalBytes() {
            return -1;
        }

        @Override
        public void close() {
        }
    }
}
