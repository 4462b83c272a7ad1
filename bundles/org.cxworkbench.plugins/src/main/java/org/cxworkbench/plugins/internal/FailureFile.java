package org.cxworkbench.plugins.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cxworkbench.api.failure.PluginFailure;
import org.osgi.framework.BundleContext;

/**
 * The file that keeps recent plugin failures between {@code cxw} runs: UTF-8 text, one failure per line
 * ({@code TIME<tab>BUNDLE<tab>EXTENSION-POINT<tab>SERVICE<tab>MESSAGE}, with backslash, tab and line breaks
 * escaped), at most a fixed number of lines, oldest first. Every change rewrites it atomically (a temporary file
 * beside it, then one rename) under a lock file, so concurrent runs neither tear nor interleave it; a run that
 * cannot get the lock within a moment skips writing rather than wait.
 */
final class FailureFile {

    /** The framework property naming the file; an empty value keeps failures in memory only. */
    static final String PROPERTY = "cxw.failures.file";

    private static final String HEADER = "# CX Workbench: recent runtime failures of plugin services, shown by "
            + "'cxw plugins'. Safe to delete.";
    private static final int MESSAGE_LIMIT = 2000;
    private static final int LOCK_ATTEMPTS = 20;
    private static final long LOCK_PAUSE_MILLIS = 50;

    private final Path path;

    FailureFile(Path path) {
        this.path = path.toAbsolutePath().normalize();
    }

    /**
     * Where the failures of this runtime are kept: the framework property {@value #PROPERTY}, by default
     * {@code ~/.cxw/plugin-failures.log}; empty if the property is set to an empty value.
     */
    static Optional<Path> location(BundleContext context) {
        String configured = context == null ? null : context.getProperty(PROPERTY);
        if (configured == null) {
            return Optional.of(Path.of(System.getProperty("user.home"), ".cxw", "plugin-failures.log"));
        }
        return configured.isBlank() ? Optional.empty() : Optional.of(Path.of(configured.strip()));
    }

    Path path() {
        return path;
    }

    /** The failures in the file, oldest first; lines that cannot be read are skipped. */
    List<PluginFailure> read() throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return List.of();
        }
        List<PluginFailure> failures = new ArrayList<>();
        for (String line : lines) {
            parse(line).ifPresent(failures::add);
        }
        return failures;
    }

    /**
     * Adds a failure to the file, keeping the newest {@code keep}.
     *
     * @return false if another run held the file for too long and nothing was written
     */
    boolean append(PluginFailure failure, int keep) throws IOException {
        Files.createDirectories(path.getParent());
        Path lockFile = path.resolveSibling(path.getFileName() + ".lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock = lock(channel);
            if (lock == null) {
                return false;
            }
            try {
                List<PluginFailure> failures = new ArrayList<>(read());
                failures.add(failure);
                write(failures.subList(Math.max(0, failures.size() - keep), failures.size()));
                return true;
            } finally {
                lock.release();
            }
        }
    }

    private static FileLock lock(FileChannel channel) throws IOException {
        for (int attempt = 0; attempt < LOCK_ATTEMPTS; attempt++) {
            try {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return lock;
                }
            } catch (OverlappingFileLockException heldInThisJvm) {
                // another thread of this runtime is writing; wait for it like for another run
            }
            try {
                Thread.sleep(LOCK_PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    private void write(List<PluginFailure> failures) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (PluginFailure f : failures) {
            text.append(f.time()).append('\t').append(escape(f.bundle())).append('\t')
                    .append(escape(f.extensionPoint())).append('\t').append(escape(f.service())).append('\t')
                    .append(escape(shorten(f.message()))).append('\n');
        }
        Path temp = path.resolveSibling("." + path.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            try {
                Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    static Optional<PluginFailure> parse(String line) {
        if (line.isEmpty() || line.startsWith("#")) {
            return Optional.empty();
        }
        String[] fields = line.split("\t", -1);
        if (fields.length != 5) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PluginFailure(Instant.parse(fields[0]), unescape(fields[1]), unescape(fields[2]),
                    unescape(fields[3]), unescape(fields[4])));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static String shorten(String message) {
        return message.length() <= MESSAGE_LIMIT ? message : message.substring(0, MESSAGE_LIMIT) + "...";
    }

    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
