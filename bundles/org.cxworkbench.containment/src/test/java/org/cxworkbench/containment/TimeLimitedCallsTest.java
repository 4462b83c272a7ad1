package org.cxworkbench.containment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Answers and exceptions pass through; a call that hangs or stalls is abandoned and its worker interrupted. */
class TimeLimitedCallsTest {

    private final TimeLimitedCalls calls = new TimeLimitedCalls("test-call");
    /** Released after each test, so that a worker that ignores interrupts ends too. */
    private final CountDownLatch never = new CountDownLatch(1);

    @AfterEach
    void close() {
        never.countDown();
        calls.close();
    }

    @Test
    void theAnswerAndTheExceptionsOfTheCallReachTheCaller() throws Exception {
        assertEquals("answer", calls.call(Duration.ofSeconds(30), () -> "answer"));
        IOException checked = new IOException("cannot read");
        assertSame(checked, assertThrows(IOException.class, () -> calls.call(Duration.ofSeconds(30), () -> {
            throw checked;
        })));
        IllegalStateException unchecked = new IllegalStateException("broken on purpose");
        assertSame(unchecked, assertThrows(IllegalStateException.class,
                () -> calls.call(Duration.ofSeconds(30), () -> {
                    throw unchecked;
                })));
        assertThrows(StackOverflowError.class, () -> calls.call(Duration.ofSeconds(30), () -> {
            throw new StackOverflowError();
        }));
    }

    @Test
    void aCallThatHangsIsAbandonedAndItsWorkerInterrupted() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        assertThrows(TimeoutException.class, () -> calls.call(Duration.ofMillis(200), () -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return "too late";
        }));
        assertTrue(interrupted.await(30, TimeUnit.SECONDS), "the worker was interrupted");
    }

    @Test
    void aCallThatIgnoresTheInterruptIsStillAbandoned() {
        assertThrows(TimeoutException.class, () -> calls.call(Duration.ofMillis(200), () -> {
            while (never.getCount() > 0) {
                try {
                    never.await();
                } catch (InterruptedException ignored) {
                    // a badly written plugin
                }
            }
            return "too late";
        }));
    }

    @Test
    void aLongCallThatKeepsBeatingMayTakeLongerThanTheStallLimit() throws Exception {
        long started = System.nanoTime();
        int rows = calls.callWhileAlive(Duration.ofSeconds(1), heartbeat -> {
            int n = 0;
            while (System.nanoTime() - started < TimeUnit.MILLISECONDS.toNanos(2000)) {
                Thread.sleep(10);
                heartbeat.beat();
                n++;
            }
            return n;
        });
        assertTrue(rows > 0);
    }

    @Test
    void aLongCallThatStopsBeatingIsAbandoned() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        assertThrows(TimeoutException.class, () -> calls.callWhileAlive(Duration.ofMillis(300), heartbeat -> {
            for (int row = 0; row < 5; row++) {
                heartbeat.beat();
            }
            try {
                never.await();
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return 5;
        }));
        assertTrue(interrupted.await(30, TimeUnit.SECONDS), "the worker was interrupted");
        IOException checked = new IOException("unclosed quote");
        assertSame(checked, assertThrows(IOException.class, () -> calls.callWhileAlive(Duration.ofSeconds(30),
                heartbeat -> {
                    throw checked;
                })));
    }

    @Test
    void limitsReadAsPeopleWriteThem() {
        assertEquals("10 s", TimeLimitedCalls.describe(Duration.ofSeconds(10)));
        assertEquals("0.3 s", TimeLimitedCalls.describe(Duration.ofMillis(300)));
        assertEquals("1.5 s", TimeLimitedCalls.describe(Duration.ofMillis(1500)));
    }
}
