package org.cxworkbench.containment;

/**
 * A call into a plugin service, run by {@link TimeLimitedCalls}.
 *
 * @param <T> what it answers
 * @param <X> the checked exception it may throw ({@link RuntimeException} if none)
 */
@FunctionalInterface
public interface PluginCall<T, X extends Exception> {

    /** Calls the service. */
    T call() throws X;
}
