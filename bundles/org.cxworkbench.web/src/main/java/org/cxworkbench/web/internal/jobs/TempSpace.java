package org.cxworkbench.web.internal.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.cxworkbench.web.internal.workspace.WebSettings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;

/**
 * The web workbench's private temporary folder (readable by the server's user only): uploads waiting to be
 * imported and reports waiting to be downloaded, each in a folder of its own with a random name. Everything
 * in it is deleted when the server stops; the registries that use it delete their folders earlier (when done,
 * or after an hour) from a sweep that runs every minute.
 */
@Component(service = TempSpace.class, configurationPid = WebSettings.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
public final class TempSpace {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path root;
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "cxw-web-sweeper");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public TempSpace() throws IOException {
        this(createPrivateRoot());
    }

    /** A temporary space in {@code root} (tests). */
    public TempSpace(Path root) {
        this.root = root;
    }

    @Deactivate
    public void close() {
        sweeper.shutdownNow();
        deleteTree(root);
    }

    /** The folder everything lives in. */
    public Path root() {
        return root;
    }

    /** A new, empty folder of its own in {@code area} (e.g. {@code uploads}), named by a random id. */
    public Path newFolder(String area) throws IOException {
        Path parent = Files.createDirectories(root.resolve(area));
        return Files.createDirectory(parent.resolve(randomId()));
    }

    /** Runs {@code task} every minute until the space is closed or the returned handle is cancelled. */
    public ScheduledFuture<?> everyMinute(Runnable task) {
        return sweeper.scheduleWithFixedDelay(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                // a failed sweep is retried a minute later
            }
        }, 1, 1, TimeUnit.MINUTES);
    }

    /** A random id of 128 bits, lower-case hex: unguessable, safe in paths and URLs. */
    public static String randomId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Deletes a file or folder with everything in it; what cannot be deleted is left. */
    public static void deleteTree(Path path) {
        if (path == null || !Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // left behind; the next sweep or the end of the server tries again
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // as above
        }
    }

    private static Path createPrivateRoot() throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempDirectory("cxw-web-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        Path dir = Files.createTempDirectory("cxw-web-");
        dir.toFile().setReadable(false, false);
        dir.toFile().setReadable(true, true);
        dir.toFile().setWritable(false, false);
        dir.toFile().setWritable(true, true);
        return dir;
    }
}
