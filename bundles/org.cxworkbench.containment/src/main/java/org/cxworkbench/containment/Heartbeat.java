package org.cxworkbench.containment;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Progress of a {@link WatchedCall}: the thread doing the work beats it whenever it makes progress, the waiting
 * thread watches it. Cheap enough to beat once per row of a ten-million-row file.
 */
public final class Heartbeat {

    private final AtomicLong beats = new AtomicLong();

    /** Says that the work is making progress. Called from the working thread only. */
    public void beat() {
        beats.setRelease(beats.getPlain() + 1);
    }

    /** How often it has beaten so far. */
    long beats() {
        return beats.getAcquire();
    }
}
