package org.cxworkbench.report.xlsx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Copies an OOXML package with every entry's time set to one fixed moment. POI stamps zip entries with the
 * time of writing; without this, two reports of the same strategy and period would differ in those bytes.
 */
final class StableZip {

    private StableZip() {
    }

    static void copy(Path zip, OutputStream out, LocalDateTime time) throws IOException {
        ZipOutputStream zipOut = new ZipOutputStream(out);
        zipOut.setLevel(6);
        try (ZipFile zipIn = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : Collections.list(zipIn.entries())) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(time);
                zipOut.putNextEntry(copy);
                try (InputStream in = zipIn.getInputStream(entry)) {
                    in.transferTo(zipOut);
                }
                zipOut.closeEntry();
            }
        }
        zipOut.finish();
        zipOut.flush();
    }
}
