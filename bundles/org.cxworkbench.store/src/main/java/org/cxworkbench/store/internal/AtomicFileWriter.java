package org.cxworkbench.store.internal;

import java.io.IOException;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Replaces a file atomically: the content goes to a temporary file in the same directory, is forced to
 * disk and renamed over the target. The previous content is kept as {@code NAME.bak}. A crash at any
 * moment leaves either the old or the new file in place, never a partial one.
 */
public final class AtomicFileWriter {

    private AtomicFileWriter() {
    }

    /** Writes the content produced by {@code writer} to a file, as one step for every reader of the file. */
    @FunctionalInterface
    public interface ContentWriter {
        /** Writes the whole content to {@code out}; the stream is closed by the caller. */
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code content} to {@code target}.
     *
     * @return false if the file already had exactly this content (nothing was written)
     */
    public static boolean write(Path target, byte[] content) throws IOException {
        return write(target, out -> out.write(content));
    }

    /**
     * Streams the content into a temporary file beside {@code target}, forces it to disk and renames it over
     * the target, keeping the previous version as {@code NAME.bak}. Memory use does not grow with the size of
     * the content.
     *
     * @return false if the file already had exactly this content (nothing was replaced)
     */
    public static boolean write(Path target, ContentWriter writer) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        String name = target.getFileName().toString();
        Path tmp = Files.createTempFile(dir, "." + name + ".", ".tmp");
        try {
            keepPermissions(target, tmp);
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                writer.writeTo(out);
                out.flush();
                channel.force(true);
            }
            if (Files.isRegularFile(target) && Files.mismatch(target, tmp) == -1) {
                return false;
            }
            if (Files.isRegularFile(target)) {
                keepBackup(target, dir.resolve(name + ".bak"));
            }
            move(tmp, target);
            forceDirectory(dir);
            return true;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Temporary files are created readable by the owner only; the saved file keeps the permissions of the
     * file it replaces, or gets the usual rw-r--r-- when it is new.
     */
    private static void keepPermissions(Path target, Path tmp) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.isRegularFile(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, permissions);
    }

    /**
     * Keeps the current content as the backup. The backup becomes a second name (hard link) of the current
     * file, whose content is already on disk and is never written in place, so no copy is needed; where the
     * file system has no hard links, the content is copied and forced to disk.
     */
    private static void keepBackup(Path target, Path backup) throws IOException {
        Path tmp = backup.resolveSibling("." + backup.getFileName() + "." + System.nanoTime() + ".tmp");
        try {
            try {
                Files.createLink(tmp, target);
            } catch (UnsupportedOperationException | IOException noLinks) {
                Files.deleteIfExists(tmp);
                Files.copy(target, tmp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
            }
            move(tmp, backup);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // some file systems cannot open directories; the rename itself is still atomic
        }
    }
}
