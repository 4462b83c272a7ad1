package org.cxworkbench.containment;

/**
 * A long call into a plugin service that shows progress, run by {@link TimeLimitedCalls#callWhileAlive}: it may
 * take as long as it needs as long as it calls {@link Heartbeat#beat()} often enough (for example once per row
 * read).
 *
 * @param <T> what it answers
 * @param <X> the checked exception it may throw ({@link RuntimeException} if none)
 */
@FunctionalInterface
public interface WatchedCall<T, X extends Exception> {

    /** Does the work, beating the heartbeat whenever it makes progress. */
    T call(Heartbeat heartbeat) throws X;
}
