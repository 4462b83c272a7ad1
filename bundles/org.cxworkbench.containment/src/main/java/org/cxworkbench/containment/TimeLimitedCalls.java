package org.cxworkbench.containment;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Calls into plugin services on daemon worker threads, each with a time limit, so that a service that hangs is
 * abandoned instead of blocking the command that called it. When the limit is reached the worker is interrupted
 * and left behind (a service that ignores the interrupt keeps its daemon thread until it returns, but nobody
 * waits for it), and the caller gets a {@link TimeoutException}. Whatever the call throws reaches the caller
 * unchanged.
 *
 * <p>One instance per component or per run; {@link #close()} interrupts whatever is still running. Safe for
 * concurrent use.
 */
public final class TimeLimitedCalls implements AutoCloseable {

    private final ExecutorService workers;

    /** @param threadName the name of the worker threads, e.g. {@code cxw-kpi-calculator} */
    public TimeLimitedCalls(String threadName) {
        AtomicInteger number = new AtomicInteger();
        this.workers = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, threadName + "-" + number.incrementAndGet());
            thread.setDaemon(true); // a service that never returns must not keep the JVM alive
            return thread;
        });
    }

    /**
     * Runs the call and waits at most {@code limit} for its answer.
     *
     * @throws TimeoutException if it did not answer within the limit; the worker was interrupted
     * @throws X what the call threw (unchecked exceptions and errors are rethrown as they are)
     * @throws CancellationException if the waiting thread was interrupted (its interrupt flag is set again)
     */
    public <T, X extends Exception> T call(Duration limit, PluginCall<T, X> call) throws X, TimeoutException {
        Future<T> answer = workers.submit(call::call);
        try {
            return answer.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw e;
        } catch (InterruptedException e) {
            throw interrupted(answer);
        } catch (ExecutionException e) {
            throw TimeLimitedCalls.<X>unwrap(e);
        }
    }

    /**
     * Runs a long call for as long as it makes progress: it is abandoned only when its heartbeat has not beaten
     * for {@code stallLimit} (from the start, or since the last beat).
     *
     * @throws TimeoutException if it stalled; the worker was interrupted
     * @throws X what the call threw (unchecked exceptions and errors are rethrown as they are)
     * @throws CancellationException if the waiting thread was interrupted (its interrupt flag is set again)
     */
    public <T, X extends Exception> T callWhileAlive(Duration stallLimit, WatchedCall<T, X> call)
            throws X, TimeoutException {
        Heartbeat heartbeat = new Heartbeat();
        Future<T> answer = workers.submit(() -> call.call(heartbeat));
        long stall = stallLimit.toNanos();
        long poll = Math.max(TimeUnit.MILLISECONDS.toNanos(10), stall / 4);
        long beats = heartbeat.beats();
        long lastProgress = System.nanoTime();
        while (true) {
            long now = System.nanoTime();
            long wait = Math.max(1, Math.min(poll, lastProgress + stall - now));
            try {
                return answer.get(wait, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                long seen = heartbeat.beats();
                now = System.nanoTime();
                if (seen != beats) {
                    beats = seen;
                    lastProgress = now;
                } else if (now - lastProgress >= stall) {
                    answer.cancel(true);
                    throw e;
                }
            } catch (InterruptedException e) {
                throw interrupted(answer);
            } catch (ExecutionException e) {
                throw TimeLimitedCalls.<X>unwrap(e);
            }
        }
    }

    /** Interrupts every call still running and lets the worker threads end. */
    @Override
    public void close() {
        workers.shutdownNow();
    }

    /** A time limit as people read it: {@code 10 s}, {@code 0.5 s}. */
    public static String describe(Duration limit) {
        long millis = limit.toMillis();
        if (millis % 1000 == 0) {
            return millis / 1000 + " s";
        }
        return String.format(Locale.ROOT, "%s s", Double.toString(millis / 1000.0));
    }

    private static CancellationException interrupted(Future<?> answer) {
        answer.cancel(true);
        Thread.currentThread().interrupt();
        return new CancellationException("interrupted while waiting for a plugin service");
    }

    @SuppressWarnings("unchecked")
    private static <X extends Exception> X unwrap(ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        // the call can only throw X or unchecked exceptions
        return (X) cause;
    }
}
