package org.cxworkbench.competitors.internal.rank;

import org.cxworkbench.competitors.api.RankChange;

/** How a latest position and its change read in a terminal: {@code 3 (up 2)}, {@code not found (dropped out, was 4)}. */
public final class RankChangeText {

    private RankChangeText() {
    }

    /** The latest position with its change since the previous observation date. */
    public static String of(RankChange change) {
        String latest = change.latestPosition() == null ? "not found" : change.latestPosition().toString();
        if (!change.hasPrevious()) {
            return latest + " (first)";
        }
        if (change.droppedOut()) {
            return latest + " (dropped out, was " + change.previousPosition() + ")";
        }
        if (change.entered()) {
            return latest + " (entered)";
        }
        Integer gained = change.placesGained();
        if (gained == null) {
            return latest;
        }
        if (gained > 0) {
            return latest + " (up " + gained + ")";
        }
        if (gained < 0) {
            return latest + " (down " + -gained + ")";
        }
        return latest + " (=)";
    }
}
