package org.cxworkbench.web.internal.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.cxworkbench.api.store.StrategyFileException;
import org.cxworkbench.api.store.StrategyStore;
import org.cxworkbench.model.Strategy;

/**
 * One strategy file opened by the web workbench: the loaded model, its version and the recent changes.
 *
 * <p>Readers share the model; a writer has it alone, names the version its change is based on and is
 * refused with a {@link VersionConflict} if that is not the current one. Every accepted change is saved
 * atomically before the version moves on; a change that fails is discarded by reloading the file, so the
 * model never holds half a change. A file changed on disk by someone else (the command line) is reloaded
 * and counts as a new version.
 */
public final class StrategyDocument {

    /** A read of the model. */
    public interface Reader<T> {
        T read(Strategy strategy) throws Exception;
    }

    /** A change of the model in memory; the document saves it afterwards. */
    public interface Writer<T> {
        T write(Strategy strategy) throws Exception;
    }

    /** An operation on the saved file itself (a command that loads and saves it); the document reloads after. */
    public interface FileOperation<T> {
        T run(Path file) throws Exception;
    }

    /** A value read or written, with the version it belongs to. */
    public record Versioned<T>(T value, long version) {
    }

    private static final int KEPT_CHANGES = 500;

    private final String id;
    private final Path file;
    private final StrategyStore store;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);
    private final Deque<Change> changes = new ArrayDeque<>();
    private Strategy strategy;
    private long version;
    private FileStamp stamp;

    StrategyDocument(String id, Path file, StrategyStore store) throws StrategyFileException {
        this.id = id;
        this.file = file;
        this.store = store;
        this.strategy = store.load(file);
        this.stamp = FileStamp.of(file);
        this.version = 1;
    }

    public String id() {
        return id;
    }

    public Path file() {
        return file;
    }

    /** Reads the current model. */
    public <T> Versioned<T> read(Reader<T> reader) throws Exception {
        reloadIfChangedOnDisk();
        lock.readLock().lock();
        try {
            return new Versioned<>(reader.read(strategy), version);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The current version. */
    public long version() throws StrategyFileException {
        reloadIfChangedOnDisk();
        lock.readLock().lock();
        try {
            return version;
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Changes the model if {@code basedOn} is the current version, then saves it atomically.
     *
     * @throws VersionConflict if someone else changed the strategy since {@code basedOn}
     * @throws Exception what the writer threw; the model is then reloaded from the unchanged file
     */
    public <T> Versioned<T> write(long basedOn, String user, String summary, Writer<T> writer) throws Exception {
        reloadIfChangedOnDisk();
        lock.writeLock().lock();
        try {
            checkVersion(basedOn);
            T value;
            try {
                value = writer.write(strategy);
                store.save(strategy);
            } catch (Exception | Error e) {
                strategy = store.load(file);
                throw e;
            }
            stamp = FileStamp.of(file);
            record(user, summary);
            return new Versioned<>(value, version);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Runs an operation on the file (a command that loads, changes and saves it) while nobody else may change
     * it, if {@code basedOn} is the current version; reloads the model afterwards. The version moves on only
     * if the file changed.
     */
    public <T> Versioned<T> onFile(long basedOn, String user, String summary, FileOperation<T> operation)
            throws Exception {
        reloadIfChangedOnDisk();
        lock.writeLock().lock();
        try {
            checkVersion(basedOn);
            try {
                return new Versioned<>(operation.run(file), version + (changedOnDisk() ? 1 : 0));
            } finally {
                if (changedOnDisk()) {
                    strategy = store.load(file);
                    stamp = FileStamp.of(file);
                    record(user, summary);
                }
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The changes after {@code version}, oldest first (as far as they are kept). */
    public List<Change> changesSince(long since) {
        lock.readLock().lock();
        try {
            List<Change> list = new ArrayList<>();
            for (Change change : changes) {
                if (change.version() > since) {
                    list.add(change);
                }
            }
            return list;
        } finally {
            lock.readLock().unlock();
        }
    }

    private void checkVersion(long basedOn) throws VersionConflict {
        if (basedOn != version) {
            List<Change> since = new ArrayList<>();
            for (Change change : changes) {
                if (change.version() > basedOn) {
                    since.add(change);
                }
            }
            throw new VersionConflict(id, basedOn, version, since);
        }
    }

    private void record(String user, String summary) {
        version++;
        changes.addLast(new Change(version, Instant.now(), user, summary));
        while (changes.size() > KEPT_CHANGES) {
            changes.removeFirst();
        }
    }

    private void reloadIfChangedOnDisk() throws StrategyFileException {
        if (!changedOnDisk()) {
            return;
        }
        lock.writeLock().lock();
        try {
            if (changedOnDisk()) {
                strategy = store.load(file);
                stamp = FileStamp.of(file);
                record("(outside the workbench)", "the file " + file.getFileName() + " was changed on disk");
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    private boolean changedOnDisk() {
        return !FileStamp.of(file).equals(stamp);
    }

    /** What tells a changed file apart cheaply: modification time, size and file key. */
    private record FileStamp(FileTime modified, long size, Object key) {
        static FileStamp of(Path file) {
            try {
                var attributes = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
                return new FileStamp(attributes.lastModifiedTime(), attributes.size(), attributes.fileKey());
            } catch (IOException e) {
                return new FileStamp(null, -1, null);
            }
        }
    }
}
