package org.cxworkbench.report.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cxworkbench.api.report.Notice;
import org.cxworkbench.api.report.Paragraph;
import org.cxworkbench.api.report.ReportRenderer;
import org.cxworkbench.api.report.Section;
import org.cxworkbench.api.report.Status;
import org.cxworkbench.report.internal.appendix.AppendixSection;
import org.cxworkbench.report.internal.summary.SummarySection;
import org.cxworkbench.report.pdf.internal.PdfRenderer;
import org.cxworkbench.report.xlsx.internal.XlsxRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportAssemblerTest {

    static final Map<String, ReportRenderer> RENDERERS = Map.of("xlsx", new XlsxRenderer(), "pdf", new PdfRenderer());

    @TempDir
    Path out;

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
        return new ReportAssembler(sections(), RENDERERS, Duration.ofMillis(400));
    }

    @Test
    void sectionsAreOrderedAndFailingOnesBecomeNotices() {
        BuiltReport report = assembler().build(Fixtures.strategy(), "2026-Q3", Locale.ENGLISH);
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
    }

    @Test
    void theRestOfTheReportIsWrittenInEveryFormat() throws IOException {
        ReportAssembler assembler = assembler();
        BuiltReport report = assembler.build(Fixtures.strategy(), "2026-Q3", Locale.ENGLISH);
        List<Path> files = assembler.write(report, List.of("xlsx", "pdf"), out);
        assertEquals(List.of(out.resolve("acme-2026-Q3.xlsx"), out.resolve("acme-2026-Q3.pdf")), files);
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
                () -> new ReportAssembler(List.of(), Map.of(), Duration.ofSeconds(1)).checkFormats(List.of("docx"),
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
        ReportAssembler assembler = new ReportAssembler(working, RENDERERS, Duration.ofSeconds(20));
        Path first = Files.createDirectory(out.resolve("first"));
        Path second = Files.createDirectory(out.resolve("second"));
        List<Path> a = assembler.write(assembler.build(Fixtures.strategy(), "2026-Q3", Locale.ENGLISH),
                List.of("xlsx", "pdf"), first);
        List<Path> b = assembler.write(assembler.build(Fixtures.strategy(), "2026-Q3", Locale.ENGLISH),
                List.of("xlsx", "pdf"), second);
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
        ReportAssembler assembler = new ReportAssembler(List.of(), Map.of("pdf", broken), Duration.ofSeconds(1));
        BuiltReport report = assembler.build(Fixtures.strategy(), "2026-Q3", Locale.ENGLISH);
        assertThrows(IOException.class, () -> assembler.write(report, List.of("pdf"), out));
        assertEquals("previous report", Files.readString(previous));
        try (Stream<Path> list = Files.list(out)) {
            assertEquals(1, list.count());
        }
        assertFalse(report.outcomes().stream().anyMatch(SectionOutcome::failed));
    }
}
