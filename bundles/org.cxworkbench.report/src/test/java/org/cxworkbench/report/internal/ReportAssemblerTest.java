package org.cxworkbench.report.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cxworkbench.api.failure.PluginFailureLog;
import org.cxworkbench.api.report.Notice;
import org.cxworkbench.api.report.Paragraph;
import org.cxworkbench.api.report.ReportDocument;
import org.cxworkbench.api.report.ReportRenderer;
import org.cxworkbench.api.report.Section;
import org.cxworkbench.api.report.Status;
import org.cxworkbench.report.internal.appendix.AppendixSection;
import org.cxworkbench.report.internal.summary.SummarySection;
import org.cxworkbench.report.pdf.internal.PdfRenderer;
import org.cxworkbench.report.xlsx.internal.XlsxRenderer;
import org.cxworkbench.testing.RecordingFailureLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportAssemblerTest {

    static final Map<String, RendererEntry> RENDERERS = Map.of(
            "xlsx", new RendererEntry("xlsx", "org.cxworkbench.report.xlsx", new XlsxRenderer()),
            "pdf", new RendererEntry("pdf", "org.cxworkbench.report.pdf", new PdfRenderer()));

    @TempDir
    Path out;

    /** Released after each test, so that the thread of a hanging renderer ends. */
    private final CountDownLatch released = new CountDownLatch(1);

    @AfterEach
    void release() {
        released.countDown();
    }

    /** An assembler with this section time limit, renderers' default limit and no failure log. */
    static ReportAssembler assembler(List<SectionEntry> sections, Map<String, RendererEntry> renderers,
            Duration sectionLimit) {
        return new ReportAssembler(sections, renderers, new ReportLimits(sectionLimit, Duration.ofSeconds(120)), null);
    }

    /** A renderer that writes a little and then throws IllegalStateException("no slide layout"). */
    static ReportRenderer throwingRenderer() {
        return new ReportRenderer() {
            @Override
            public String extension() {
                return "pptx";
            }

            @Override
            public void render(ReportDocument document, OutputStream o) throws IOException {
                o.write("half".getBytes());
                throw new IllegalStateException("no slide layout");
            }
        };
    }

    static List<SectionEntry> sections() {
        return List.of(
                new SectionEntry("appendix", 900, "org.cxworkbench.report", new AppendixSection()),
                new SectionEntry("summary", 100, "org.cxworkbench.report",
                        new SummarySection(Fixtures.workflow(), Fixtures.kpis(), Fixtures.goals())),
                new SectionEntry("goals", 200, "org.cxworkbench.goals", context -> new Section("goals", "SMART goals",
                        List.of(new Paragraph("Raise NPS by one full point this quarter.")))),
                new SectionEntry("competitors", 400, "org.example.broken", context -> {
                    throw new IllegalStateException("no keyword data");
                }),
                new SectionEntry("plan", 600, "org.cxworkbench.plan", context -> null),
                new SectionEntry("kpis", 700, "org.cxworkbench.kpi", context -> {
                    Thread.sleep(10_000);
                    return new Section("kpis", "KPIs", List.of());
                }));
    }

    static ReportAssembler assembler() {
        return assembler(sections(), RENDERERS, Duration.ofMillis(400));
    }

    @Test
    void sectionsAreOrderedAndFailingOnesBecomeNotices() {
        RecordingFailureLog log = new RecordingFailureLog();
        BuiltReport report = new ReportAssembler(sections(), RENDERERS,
                new ReportLimits(Duration.ofMillis(400), Duration.ofSeconds(120)), log)
                .build(Fixtures.strategy(), "2026-Q3", Locale.ENGLISH);
        List<Section> sections = report.document().sections();
        assertEquals(List.of("summary", "goals", "competitors", "plan", "kpis", "appendix"),
                sections.stream().map(Section::id).toList());
        assertEquals("Quarterly CX strategy report", report.document().title());
        assertEquals("Acme Groceries · 2026-Q3", report.document().subtitle());
        assertEquals("Page {0} of {1}", report.document().label("pageOfTotal"));

        Section broken = sections.get(2);
        assertEquals("Competitors", broken.title());
        Notice notice = (Notice) broken.blocks().get(0);
        assertEquals(Status.BAD, notice.status());
        assertTrue(notice.text().contains("Competitors") && notice.text().contains("org.example.broken")
                && notice.text().contains("IllegalStateException: no keyword data"), notice.text());
        assertTrue(((Notice) sections.get(3).blocks().get(0)).text().contains("returned no content"));
        assertTrue(((Notice) sections.get(4).blocks().get(0)).text().contains("time limit of 0.4 s"));

        assertEquals(List.of(false, false, true, true, true, false),
                report.outcomes().stream().map(SectionOutcome::failed).toList());
        assertEquals("acme-2026-Q3", report.fileBase());
        assertEquals("org.example.broken", log.only(PluginFailureLog.REPORT_SECTION, "competitors").bundle());
        assertEquals("section kpis was left out of the report: it took longer than the time limit of 0.4 s",
                log.only(PluginFailureLog.REPORT_SECTION, "kpis").message());
        assertEquals(3, log.recent().size());
    }

    @Test
    void theRestOfTheReportIsWrittenInEveryFormat() throws IOException {
        ReportAssembler assembler = assembler();
        BuiltReport report = assembler.build(Fixtures.strategy(), "2026-Q3", Locale.ENGLISH);
        WrittenReport written = assembler.write(report, List.of("xlsx", "pdf"), out);
        List<Path> files = written.files();
        assertEquals(List.of(out.resolve("acme-2026-Q3.xlsx"), out.resolve("acme-2026-Q3.pdf")), files);
        assertTrue(written.failures().isEmpty(), written.failures().toString());
        try (Stream<Path> list = Files.list(out)) {
            assertEquals(2, list.count(), "no temporary files are left behind");
        }
        try (PDDocument pdf = Loader.loadPDF(files.get(1).toFile())) {
            String text = new PDFTextStripper().getText(pdf).replace("\n", " ");
            assertTrue(text.contains("Raise NPS by one full point this quarter."));
            assertTrue(text.contains("org.example.broken"));
            assertTrue(text.contains("Data provenance"));
        }
    }

    @Test
    void unknownFormatNamesTheInstalledOnesAndThePptxPlugin() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> assembler().checkFormats(List.of("pdf", "pptx"), Locale.ENGLISH));
        assertEquals("No report renderer is installed for format 'pptx'. Installed formats: pdf, xlsx. "
                + "The PowerPoint exporter plugin is not installed: install the pptx plugin jar into plugins/.",
                e.getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> assembler(List.of(), Map.of(), Duration.ofSeconds(1)).checkFormats(List.of("docx"),
                        Locale.ENGLISH));
        assertEquals("No report renderer is installed for format 'docx'. Installed formats: none.", none.getMessage());
    }

    @Test
    void invalidPeriodIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> assembler().build(Fixtures.strategy(), "2026-Q5", Locale.ENGLISH));
        assertTrue(e.getMessage().contains("2026-Q5"));
    }

    @Test
    void theSameStrategyAndPeriodGiveTheSameFiles() throws IOException {
        List<SectionEntry> working = sections().stream()
                .filter(s -> List.of("summary", "goals", "appendix").contains(s.id())).toList();
        ReportAssembler assembler = assembler(working, RENDERERS, Duration.ofSeconds(20));
        Path first = Files.createDirectory(out.resolve("first"));
        Path second = Files.createDirectory(out.resolve("second"));
        List<Path> a = assembler.write(assembler.build(Fixtures.strategy(), "2026-Q3", Locale.ENGLISH),
                List.of("xlsx", "pdf"), first).files();
        List<Path> b = assembler.write(assembler.build(Fixtures.strategy(), "2026-Q3", Locale.ENGLISH),
                List.of("xlsx", "pdf"), second).files();
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(Files.readAllBytes(a.get(i)), Files.readAllBytes(b.get(i)), a.get(i).toString());
        }
    }

    @Test
    void aFailingRendererLeavesThePreviousFileUntouched() throws IOException {
        Path previous = Files.writeString(out.resolve("acme-2026-Q3.pdf"), "previous report");
        ReportRenderer broken = new ReportRenderer() {
            @Override
            public String extension() {
                return "pdf";
            }

            @Override
            public void render(org.cxworkbench.api.report.ReportDocument document, java.io.OutputStream o)
                    throws IOException {
                o.write("half".getBytes());
                throw new IOException("disk full");
            }
        };
        ReportAssembler assembler = assembler(List.of(), Map.of("pdf", new RendererEntry("pdf", "com.acme.pdf", broken)),
                Duration.ofSeconds(1));
        BuiltReport report = assembler.build(Fixtures.strategy(), "2026-Q3", Locale.ENGLISH);
        WrittenReport written = assembler.write(report, List.of("pdf"), out);
        assertEquals(List.of(), written.files());
        assertEquals(List.of(new FormatFailure("pdf", "com.acme.pdf", "failed: IOException: disk full")),
                written.failures());
        assertEquals("previous report", Files.readString(previous));
        try (Stream<Path> list = Files.list(out)) {
            assertEquals(1, list.count());
        }
        assertFalse(report.outcomes().stream().anyMatch(SectionOutcome::failed));
    }

    @Test
    void aThrowingPluginRendererCostsOnlyItsFormatAndIsRecorded() throws IOException {
        RecordingFailureLog log = new RecordingFailureLog();
        Map<String, RendererEntry> renderers = Map.of("pptx", new RendererEntry("pptx", "com.acme.pptx",
                throwingRenderer()), "pdf", RENDERERS.get("pdf"));
        ReportAssembler assembler = new ReportAssembler(List.of(), renderers, ReportLimits.DEFAULTS, log);
        BuiltReport report = assembler.build(Fixtures.strategy(), "2026-Q3", Locale.ENGLISH);

        WrittenReport written = assembler.write(report, List.of("pptx", "pdf"), out);

        assertEquals(List.of(out.resolve("acme-2026-Q3.pdf")), written.files(), "the other format is written");
        assertEquals("the pptx file was not written: the renderer from bundle com.acme.pptx failed: "
                + "IllegalStateException: no slide layout", written.failures().get(0).describe());
        assertEquals(written.failures().get(0).describe(), log.only(PluginFailureLog.REPORT_FORMAT, "pptx").message());
        try (Stream<Path> list = Files.list(out)) {
            assertEquals(1, list.count(), "no temporary file is left behind");
        }
    }

    @Test
    void aHangingRendererIsStoppedItsTemporaryFileRemovedAndTheEarlierFileKept() throws IOException {
        Path previous = Files.writeString(out.resolve("acme-2026-Q3.pptx"), "previous report");
        ReportRenderer hanging = new ReportRenderer() {
            @Override
            public String extension() {
                return "pptx";
            }

            @Override
            public void render(ReportDocument document, OutputStream o) throws IOException {
                o.write("half a deck".getBytes());
                try {
                    released.await();
                } catch (InterruptedException e) {
                    // stopped: try to go on writing, as a careless renderer would
                }
                o.write("the rest".getBytes());
            }
        };
        RecordingFailureLog log = new RecordingFailureLog();
        ReportAssembler assembler = new ReportAssembler(List.of(), Map.of("pptx", new RendererEntry("pptx",
                "com.acme.pptx", hanging), "pdf", RENDERERS.get("pdf")),
                new ReportLimits(Duration.ofSeconds(1), Duration.ofSeconds(1)), log);
        BuiltReport report = assembler.build(Fixtures.strategy(), "2026-Q3", Locale.ENGLISH);

        WrittenReport written = assembler.write(report, List.of("pptx", "pdf"), out);

        assertEquals(List.of(new FormatFailure("pptx", "com.acme.pptx", "did not finish within 1 s and was stopped")),
                written.failures());
        assertEquals(List.of(out.resolve("acme-2026-Q3.pdf")), written.files());
        assertEquals("previous report", Files.readString(previous));
        try (Stream<Path> list = Files.list(out)) {
            assertEquals(List.of("acme-2026-Q3.pdf", "acme-2026-Q3.pptx"),
                    list.map(p -> p.getFileName().toString()).sorted().toList(), "the temporary file is removed");
        }
        assertTrue(log.only(PluginFailureLog.REPORT_FORMAT, "pptx").message().contains("did not finish within 1 s"));
    }

    @Test
    void aRendererThatAnswersGarbageWritesNoFile() throws IOException {
        ReportRenderer badExtension = new ReportRenderer() {
            @Override
            public String extension() {
                return "../escape";
            }

            @Override
            public void render(ReportDocument document, OutputStream o) throws IOException {
                o.write("bytes".getBytes());
            }
        };
        ReportRenderer silent = new ReportRenderer() {
            @Override
            public String extension() {
                return "txt";
            }

            @Override
            public void render(ReportDocument document, OutputStream o) {
                // writes nothing
            }
        };
        ReportAssembler assembler = assembler(List.of(), Map.of("bad", new RendererEntry("bad", "com.acme.bad",
                badExtension), "txt", new RendererEntry("txt", "com.acme.txt", silent)), Duration.ofSeconds(1));
        WrittenReport written = assembler.write(assembler.build(Fixtures.strategy(), "2026-Q3", Locale.ENGLISH),
                List.of("bad", "txt"), out);
        assertEquals(List.of(
                new FormatFailure("bad", "com.acme.bad",
                        "answered garbage: its extension() returned an unusable file extension '../escape'"),
                new FormatFailure("txt", "com.acme.txt", "answered garbage: it wrote nothing")), written.failures());
        try (Stream<Path> list = Files.list(out)) {
            assertEquals(0, list.count());
        }
    }
}
