package org.cxworkbench.audit.internal;

import java.util.Locale;

/** Touchpoint ratings run from 1 (poor) to 5 (excellent). */
final class RatingScale {

    static final double MIN = 1;
    static final double MAX = 5;

    private RatingScale() {
    }

    static boolean contains(double score) {
        return score >= MIN && score <= MAX;
    }

    /** {@code 4.5}. */
    static String format(double score) {
        return String.format(Locale.ROOT, "%.1f", score);
    }

    /** {@code +0.5}. */
    static String formatChange(double change) {
        return String.format(Locale.ROOT, "%+.1f", change);
    }
}
