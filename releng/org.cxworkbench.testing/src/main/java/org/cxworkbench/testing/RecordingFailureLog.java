package org.cxworkbench.testing;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.cxworkbench.api.failure.PluginFailure;
import org.cxworkbench.api.failure.PluginFailureLog;

/**
 * A {@link PluginFailureLog} that keeps every record in memory, for unit tests that check what a service
 * reports to {@code cxw plugins}.
 */
public final class RecordingFailureLog implements PluginFailureLog {

    private final List<PluginFailure> failures = new CopyOnWriteArrayList<>();

    @Override
    public void record(String bundleSymbolicName, String extensionPoint, String serviceDescription, String message) {
        failures.add(new PluginFailure(Instant.now(), bundleSymbolicName, extensionPoint, serviceDescription, message));
    }

    @Override
    public List<PluginFailure> recent() {
        return List.copyOf(failures);
    }

    /** The one failure recorded for this extension point and service; fails if there is none or several. */
    public PluginFailure only(String extensionPoint, String service) {
        List<PluginFailure> matching = failures.stream()
                .filter(f -> f.extensionPoint().equals(extensionPoint) && f.service().equals(service)).toList();
        if (matching.size() != 1) {
            throw new AssertionError("expected one " + extensionPoint + " failure of " + service + ", recorded: "
                    + failures);
        }
        return matching.get(0);
    }
}
