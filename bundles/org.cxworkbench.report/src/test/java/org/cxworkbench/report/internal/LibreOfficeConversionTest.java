package org.cxworkbench.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opens the written workbook in LibreOffice (when installed) by converting it to PDF. */
class LibreOfficeConversionTest {

    @TempDir
    Path dir;

    @Test
    void libreOfficeOpensTheWorkbook() throws IOException, InterruptedException {
        String soffice = findSoffice();
        assumeTrue(soffice != null, "LibreOffice (soffice) is not installed: the xlsx is not checked with it. "
                + "releng/ci/services.sh installs it when run as root.");
        List<SectionEntry> working = ReportAssemblerTest.sections().stream()
                .filter(s -> List.of("summary", "goals", "appendix").contains(s.id())).toList();
        ReportAssembler assembler = ReportAssemblerTest.assembler(working, ReportAssemblerTest.RENDERERS,
                Duration.ofSeconds(20));
        Path xlsx = assembler.write(assembler.build(Fixtures.strategy(), "2026-Q3", Locale.ENGLISH), List.of("xlsx"),
                dir).files().get(0);
        Path profile = Files.createDirectory(dir.resolve("profile"));
        Process process = new ProcessBuilder(soffice, "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", dir.toString(), xlsx.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "LibreOffice finished in time");
        assertEquals(0, process.exitValue(), Files.readString(dir.resolve("soffice.log")));
        Path pdf = dir.resolve("acme-2026-Q3.pdf");
        assertTrue(Files.exists(pdf), Files.readString(dir.resolve("soffice.log")));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Executive summary"), "LibreOffice shows the summary sheet");
            assertTrue(text.contains("Net Promoter Score"));
        }
    }

    private static String findSoffice() {
        for (String dirName : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("soffice", "libreoffice")) {
                File f = new File(dirName, name);
                if (f.canExecute()) {
                    return f.getPath();
                }
            }
        }
        return null;
    }
}
