package org.cxworkbench.web.internal.workspace;

import java.util.List;

/**
 * A write based on a version that is no longer current: someone else changed the strategy in between.
 * Carries the changes made since the version the writer saw, so the user learns what changed.
 */
public final class VersionConflict extends Exception {

    private static final long serialVersionUID = 1L;

    private final long currentVersion;
    private final transient List<Change> changesSince;

    VersionConflict(String strategyId, long expected, long currentVersion, List<Change> changesSince) {
        super("The strategy '" + strategyId + "' was changed by someone else since you loaded it (your version "
                + expected + ", now " + currentVersion + "). Reload to see the changes, then make yours again.");
        this.currentVersion = currentVersion;
        this.changesSince = List.copyOf(changesSince);
    }

    public long currentVersion() {
        return currentVersion;
    }

    public List<Change> changesSince() {
        return changesSince;
    }
}
