package org.cxworkbench.testplugin.faulty;

/** How the hanging services hang: until they are interrupted (the workbench does so when it abandons them). */
final class Hang {

    /** The longest a service hangs, so that a forgotten thread ends by itself. */
    private static final long AT_MOST_MILLIS = 5 * 60 * 1000;

    private Hang() {
    }

    static void untilInterrupted() {
        try {
            Thread.sleep(AT_MOST_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
