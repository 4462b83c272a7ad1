package org.cxworkbench.plugins.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cxworkbench.api.failure.PluginFailure;
import org.cxworkbench.api.failure.PluginFailureLog;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The {@link PluginFailureLog}: the last {@value #KEPT} failures in memory, and the same in the
 * {@link FailureFile} (by default {@code ~/.cxw/plugin-failures.log}, framework property
 * {@code cxw.failures.file}), read when the runtime starts, so that {@code cxw plugins} also shows what failed in
 * earlier {@code cxw} runs. The same failure recorded again by this runtime within {@value #SAME_FAILURE_MINUTES}
 * minutes is kept once, so a calculator that fails for every period does not flood the log. A file that cannot be
 * read or written leaves the log working in memory; the problem is shown by {@code cxw plugins}.
 */
@Component(service = PluginFailureLog.class)
public final class RecentPluginFailures implements PluginFailureLog {

    /** How many failures are kept, in memory and in the file. */
    static final int KEPT = 200;
    static final long SAME_FAILURE_MINUTES = 10;

    private record Key(String bundle, String extensionPoint, String service, String message) {
    }

    private final FailureFile file;
    private final Clock clock;
    private final Deque<PluginFailure> recent = new ArrayDeque<>();
    private final Map<Key, Instant> recordedHere = new HashMap<>();
    private volatile String fileProblem;

    @Activate
    public RecentPluginFailures(BundleContext context) {
        this(FailureFile.location(context).orElse(null), Clock.systemUTC());
    }

    /**
     * @param file where failures are kept between runs, or {@code null} for memory only
     */
    RecentPluginFailures(Path file, Clock clock) {
        this.file = file == null ? null : new FailureFile(file);
        this.clock = clock;
        if (this.file != null) {
            try {
                List<PluginFailure> earlier = this.file.read();
                earlier.subList(Math.max(0, earlier.size() - KEPT), earlier.size()).forEach(recent::addLast);
            } catch (IOException | RuntimeException e) {
                fileProblem = "cannot be read: " + e;
            }
        }
    }

    @Override
    public void record(String bundleSymbolicName, String extensionPoint, String serviceDescription, String message) {
        PluginFailure failure = new PluginFailure(clock.instant().truncatedTo(ChronoUnit.SECONDS), bundleSymbolicName,
                extensionPoint, serviceDescription, message);
        Key key = new Key(failure.bundle(), failure.extensionPoint(), failure.service(), failure.message());
        synchronized (this) {
            Instant before = recordedHere.get(key);
            if (before != null && Duration.between(before, failure.time()).toMinutes() < SAME_FAILURE_MINUTES) {
                return;
            }
            if (recordedHere.size() >= 4 * KEPT) {
                recordedHere.values().removeIf(
                        time -> Duration.between(time, failure.time()).toMinutes() >= SAME_FAILURE_MINUTES);
            }
            recordedHere.put(key, failure.time());
            recent.addLast(failure);
            while (recent.size() > KEPT) {
                recent.removeFirst();
            }
        }
        if (file != null) {
            try {
                fileProblem = file.append(failure, KEPT) ? null : "was busy (another run held it); not written";
            } catch (IOException | RuntimeException e) {
                fileProblem = "cannot be written: " + e;
            }
        }
    }

    @Override
    public synchronized List<PluginFailure> recent() {
        return List.copyOf(recent);
    }

    /** The file failures are kept in between runs, if any. */
    Optional<Path> file() {
        return Optional.ofNullable(file).map(FailureFile::path);
    }

    /** Why the file could not be read or written the last time, or {@code null}. */
    String fileProblem() {
        return fileProblem;
    }
}
