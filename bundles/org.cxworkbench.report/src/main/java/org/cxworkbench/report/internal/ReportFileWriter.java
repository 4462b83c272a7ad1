package org.cxworkbench.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import org.cxworkbench.api.report.ReportDocument;
import org.cxworkbench.containment.TimeLimitedCalls;

/**
 * Writes one rendered file atomically: the renderer writes a temporary file next to the target, which then
 * replaces the target in one rename. The renderer runs on a worker thread with a time limit; one that fails,
 * writes nothing or runs out of time leaves any previous report untouched, and its temporary file is removed
 * (a renderer still running after its time limit writes into a closed stream). The temporary file is created
 * like any other file (the user's umask applies), so the report gets ordinary permissions.
 */
final class ReportFileWriter {

    private static final Pattern EXTENSION = Pattern.compile("[A-Za-z0-9]{1,16}");

    /** A renderer answered something that cannot be a report file. */
    static final class Garbage extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Garbage(String message) {
            super(message);
        }
    }

    private ReportFileWriter() {
    }

    /**
     * @throws TimeoutException if the renderer did not finish within the limit
     * @throws IOException if the renderer or the file system failed
     * @throws Garbage if the renderer answered garbage (an unusable extension, an empty file)
     */
    static Path write(RendererEntry entry, ReportDocument document, Path directory, String fileBase,
            TimeLimitedCalls calls, Duration limit) throws IOException, TimeoutException {
        String extension = calls.call(limit, () -> entry.renderer().extension());
        if (extension == null || !EXTENSION.matcher(extension).matches()) {
            throw new Garbage("its extension() returned an unusable file extension "
                    + (extension == null ? "null" : "'" + extension + "'"));
        }
        Files.createDirectories(directory);
        Path target = directory.resolve(fileBase + "." + extension);
        Path temp = directory.resolve("." + fileBase + "." + extension + "." + UUID.randomUUID() + ".tmp");
        try {
            OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            boolean rendered = false;
            try {
                calls.<Void, IOException>call(limit, () -> {
                    entry.renderer().render(document, out);
                    return null;
                });
                rendered = true;
            } finally {
                if (rendered) {
                    out.close();
                } else {
                    closeQuietly(out);
                }
            }
            if (Files.size(temp) == 0) {
                throw new Garbage("it wrote nothing");
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

    /** Closes the stream of a renderer that failed; its own failure is what counts. */
    private static void closeQuietly(OutputStream out) {
        try {
            out.close();
        } catch (IOException e) {
            // the renderer's failure is reported; the temporary file is deleted anyway
        }
    }
}
