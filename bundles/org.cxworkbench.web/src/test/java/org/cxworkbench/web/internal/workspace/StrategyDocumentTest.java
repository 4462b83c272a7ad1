package org.cxworkbench.web.internal.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.cxworkbench.api.store.StrategyStore;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.testing.TestStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One strategy file shared by the users of the web workbench: versions, conflicts, atomic saves, reloads. */
class StrategyDocumentTest {

    @TempDir
    Path dir;

    private final StrategyStore store = TestStore.create();
    private Path file;
    private StrategyDocument document;

    @BeforeEach
    void newStrategy() throws Exception {
        file = dir.resolve("acme.cxs");
        Strategy strategy = store.create(file, "Acme CX");
        strategy.getObjectives().add("Be easy to reach");
        store.save(strategy);
        document = new StrategyDocument("acme", file, store);
    }

    @Test
    void opensAtVersionOneWithNoChanges() throws Exception {
        assertEquals("acme", document.id());
        assertEquals(file, document.file());
        assertEquals(1, document.version());
        assertEquals(new StrategyDocument.Versioned<>("Acme CX", 1), document.read(Strategy::getName));
        assertEquals(List.of(), document.changesSince(0));
    }

    @Test
    void aWriteIsSavedAtomicallyAndMovesTheVersionOn() throws Exception {
        StrategyDocument.Versioned<String> written = document.write(1, "Ann", "renamed the strategy", s -> {
            s.setName("Acme CX 2027");
            return "done";
        });
        assertEquals(new StrategyDocument.Versioned<>("done", 2), written);
        assertEquals(2, document.version());
        assertEquals("Acme CX 2027", store.load(file).getName(), "saved to the file");
        assertEquals("Acme CX 2027", document.read(Strategy::getName).value());
        // the store wrote a temporary file and renamed it over the target: nothing else is left behind
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("acme.cxs", "acme.cxs.bak"), files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        List<Change> changes = document.changesSince(1);
        assertEquals(1, changes.size());
        assertEquals(2, changes.get(0).version());
        assertEquals("Ann", changes.get(0).user());
        assertEquals("renamed the strategy", changes.get(0).summary());
        assertEquals(List.of(), document.changesSince(2));

        document.write(2, "Bob", "second", s -> s.getObjectives().add("Keep customers"));
        assertEquals(3, document.version());
        assertEquals(List.of(2L, 3L), document.changesSince(1).stream().map(Change::version).toList());
        assertEquals(List.of("Be easy to reach", "Keep customers"), store.load(file).getObjectives());
    }

    @Test
    void aWriteBasedOnAnOldVersionIsRefusedWithTheChangesSince() throws Exception {
        document.write(1, "Ann", "updated goal goal-1 (baseline)", s -> { s.setName("by Ann"); return null; });
        document.write(2, "Carl", "added touchpoint 'Checkout'", s -> s.getObjectives().add("by Carl"));
        byte[] before = Files.readAllBytes(file);
        AtomicBoolean called = new AtomicBoolean();

        VersionConflict conflict = assertThrows(VersionConflict.class,
                () -> document.write(1, "Bob", "renamed", s -> {
                    called.set(true);
                    s.setName("by Bob");
                    return null;
                }));
        assertFalse(called.get(), "a stale writer never touches the model");
        assertEquals(3, conflict.currentVersion());
        assertEquals(List.of("Ann", "Carl"), conflict.changesSince().stream().map(Change::user).toList());
        assertEquals(List.of("updated goal goal-1 (baseline)", "added touchpoint 'Checkout'"),
                conflict.changesSince().stream().map(Change::summary).toList());
        assertTrue(conflict.getMessage().contains("your version 1, now 3"), conflict.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals("by Ann", document.read(Strategy::getName).value());
        assertEquals(3, document.version());

        // only the changes the writer has not seen are listed
        VersionConflict later = assertThrows(VersionConflict.class, () -> document.write(2, "Bob", "x", s -> null));
        assertEquals(List.of("Carl"), later.changesSince().stream().map(Change::user).toList());
        // a version from the future is just as wrong
        assertThrows(VersionConflict.class, () -> document.write(4, "Bob", "x", s -> null));
    }

    @Test
    void aWriterThatThrowsLeavesTheFileByteIdenticalAndTheModelReloaded() throws Exception {
        byte[] before = Files.readAllBytes(file);
        FileTime modified = Files.getLastModifiedTime(file);
        Strategy modelBefore = document.read(s -> s).value();

        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> document.write(1, "Ann", "half a change", s -> {
                    s.setName("half");
                    s.getObjectives().clear();
                    throw new IllegalStateException("refused halfway");
                }));
        assertEquals("refused halfway", thrown.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(modified, Files.getLastModifiedTime(file));
        assertEquals(1, document.version(), "a failed write is no new version");
        assertEquals(List.of(), document.changesSince(0));
        Strategy modelAfter = document.read(s -> s).value();
        assertFalse(modelBefore == modelAfter, "the half-changed model was replaced by the file's");
        assertEquals("Acme CX", modelAfter.getName());
        assertEquals(List.of("Be easy to reach"), modelAfter.getObjectives());

        // errors are treated the same way, and the document keeps working afterwards
        assertThrows(AssertionError.class, () -> document.write(1, "Ann", "error", s -> {
            s.setName("broken");
            throw new AssertionError("boom");
        }));
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals("Acme CX", document.read(Strategy::getName).value());
        document.write(1, "Ann", "now it works", s -> { s.setName("fixed"); return null; });
        assertEquals(2, document.version());
        assertEquals("fixed", store.load(file).getName());
    }

    @Test
    void aFileChangedOnDiskIsReloadedAsANewVersion() throws Exception {
        Strategy outside = store.load(file);
        outside.setName("Changed by cxw on the command line");
        store.save(outside);
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5_000));

        assertEquals(new StrategyDocument.Versioned<>("Changed by cxw on the command line", 2),
                document.read(Strategy::getName));
        assertEquals(2, document.version());
        List<Change> changes = document.changesSince(1);
        assertEquals(1, changes.size());
        assertEquals("(outside the workbench)", changes.get(0).user());
        assertTrue(changes.get(0).summary().contains("acme.cxs was changed on disk"), changes.get(0).summary());

        // a write based on the version before the outside change is refused and names it
        VersionConflict conflict = assertThrows(VersionConflict.class, () -> document.write(1, "Ann", "x", s -> null));
        assertEquals(2, conflict.currentVersion());
        assertEquals("(outside the workbench)", conflict.changesSince().get(0).user());

        // reading again without a change on disk keeps the version
        document.read(Strategy::getName);
        assertEquals(2, document.version());
    }

    @Test
    void aWriteNoticesAnOutsideChangeFirst() throws Exception {
        Strategy outside = store.load(file);
        outside.getObjectives().add("added outside");
        store.save(outside);
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5_000));

        assertThrows(VersionConflict.class, () -> document.write(1, "Ann", "x", s -> { s.setName("lost?"); return null; }));
        document.write(2, "Ann", "renamed", s -> { s.setName("on top"); return null; });
        Strategy saved = store.load(file);
        assertEquals("on top", saved.getName());
        assertEquals(List.of("Be easy to reach", "added outside"), saved.getObjectives(), "the outside change is kept");
    }

    @Test
    void onFileRunsAnOperationOnTheSavedFileAndReloads() throws Exception {
        StrategyDocument.Versioned<String> result = document.onFile(1, "Ann", "ran swot-suggest --accept", path -> {
            assertEquals(file, path);
            Strategy loaded = store.load(path);
            loaded.setName("changed by a command");
            store.save(loaded);
            return "ok";
        });
        assertEquals(new StrategyDocument.Versioned<>("ok", 2), result);
        assertEquals("changed by a command", document.read(Strategy::getName).value());
        assertEquals(2, document.version());
        assertEquals("ran swot-suggest --accept", document.changesSince(1).get(0).summary());
        assertEquals("Ann", document.changesSince(1).get(0).user());
    }

    @Test
    void onFileThatChangesNothingKeepsTheVersion() throws Exception {
        StrategyDocument.Versioned<Integer> result = document.onFile(1, "Ann", "checked goals", path -> 42);
        assertEquals(new StrategyDocument.Versioned<>(42, 1), result);
        assertEquals(1, document.version());
        assertEquals(List.of(), document.changesSince(0));
    }

    @Test
    void onFileBasedOnAnOldVersionIsRefusedBeforeItRuns() throws Exception {
        document.write(1, "Ann", "renamed", s -> { s.setName("by Ann"); return null; });
        AtomicBoolean ran = new AtomicBoolean();
        VersionConflict conflict = assertThrows(VersionConflict.class,
                () -> document.onFile(1, "Bob", "ran optimise", path -> ran.getAndSet(true)));
        assertFalse(ran.get());
        assertEquals(2, conflict.currentVersion());
        assertEquals("renamed", conflict.changesSince().get(0).summary());
    }

    @Test
    void onFileThatFailsAfterChangingTheFileStillReloadsAndCountsTheChange() throws Exception {
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> document.onFile(1, "Ann", "import", path -> {
                    Strategy loaded = store.load(path);
                    loaded.setName("saved before the failure");
                    store.save(loaded);
                    throw new IllegalStateException("failed after saving");
                }));
        assertEquals("failed after saving", thrown.getMessage());
        assertEquals("saved before the failure", document.read(Strategy::getName).value(),
                "the model shows what the file holds");
        assertEquals(2, document.version());
    }

    @Test
    void readersShareTheModelAndWritersWaitForThem() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch reading = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Future<String> reader = pool.submit(() -> document.read(s -> {
                reading.countDown();
                release.await(10, TimeUnit.SECONDS);
                return s.getName();
            }).value());
            assertTrue(reading.await(10, TimeUnit.SECONDS));
            // another reader is not blocked by the first
            assertEquals("Acme CX", pool.submit(() -> document.read(Strategy::getName).value()).get(10, TimeUnit.SECONDS));
            Future<Long> writer = pool.submit(() -> document.write(1, "Ann", "x", s -> {
                s.setName("written");
                return null;
            }).version());
            release.countDown();
            assertEquals("Acme CX", reader.get(10, TimeUnit.SECONDS), "the reader saw the model before the write");
            assertEquals(2L, writer.get(10, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentWritersBasedOnTheSameVersionOneWinsOneConflicts() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Object>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String user = "user-" + i;
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        return document.write(1, user, "renamed by " + user, s -> {
                            s.setName(user);
                            return user;
                        }).value();
                    } catch (VersionConflict conflict) {
                        return conflict;
                    }
                }));
            }
            start.countDown();
            List<String> winners = new ArrayList<>();
            int conflicts = 0;
            for (Future<Object> result : results) {
                Object value = result.get(30, TimeUnit.SECONDS);
                if (value instanceof VersionConflict conflict) {
                    conflicts++;
                    assertEquals(2, conflict.currentVersion());
                } else {
                    winners.add((String) value);
                }
            }
            assertEquals(1, winners.size(), "exactly one write based on version 1 is accepted");
            assertEquals(7, conflicts);
            assertEquals(winners.get(0), store.load(file).getName());
            assertEquals(2, document.version());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void readsReturnTheReadersValue() throws Exception {
        Object marker = new Object();
        assertSame(marker, document.read(s -> marker).value());
    }
}
