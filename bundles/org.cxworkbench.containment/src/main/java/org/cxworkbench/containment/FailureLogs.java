package org.cxworkbench.containment;

import org.cxworkbench.api.failure.PluginFailureLog;

/** Records into the optional {@link PluginFailureLog}: does nothing without one, and never throws. */
public final class FailureLogs {

    private FailureLogs() {
    }

    /**
     * Records a failure of a plugin service, if a log is installed.
     *
     * @param log the log, or {@code null} when none is bound
     */
    public static void record(PluginFailureLog log, String bundle, String extensionPoint, String service,
            String message) {
        if (log == null) {
            return;
        }
        try {
            log.record(bundle, extensionPoint, service, message);
        } catch (RuntimeException | LinkageError e) {
            // the log is only a record; a broken one must never break the command that reports the failure
        }
    }
}
