package org.cxworkbench.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

import org.cxworkbench.api.report.ReportDocument;
import org.cxworkbench.api.report.ReportRenderer;

/**
 * Writes one rendered file atomically: the renderer writes a temporary file next to the target, which then
 * replaces the target in one rename. A renderer that fails leaves any previous report untouched. The temporary
 * file is created like any other file (the user's umask applies), so the report gets ordinary permissions.
 */
final class ReportFileWriter {

    private ReportFileWriter() {
    }

    static Path write(ReportRenderer renderer, ReportDocument document, Path directory, String fileBase)
            throws IOException {
        Files.createDirectories(directory);
        Path target = directory.resolve(fileBase + "." + renderer.extension());
        Path temp = directory.resolve("." + fileBase + "." + renderer.extension() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                renderer.render(document, out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
