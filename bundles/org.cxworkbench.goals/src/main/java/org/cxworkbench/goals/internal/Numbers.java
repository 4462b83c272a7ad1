package org.cxworkbench.goals.internal;

import java.util.Locale;

/** Number formats of goal texts: one decimal, locale-independent, so messages read the same everywhere. */
final class Numbers {

    private Numbers() {
    }

    /** One decimal: {@code 41.0}. */
    static String one(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Signed, one decimal: {@code +1.0}, {@code -20.0}. */
    static String signed(double value) {
        return String.format(Locale.ROOT, "%+.1f", value);
    }

    /** Without decimals when whole: {@code 10}, {@code 2.5}. */
    static String compact(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e12) {
            return String.format(Locale.ROOT, "%d", (long) value);
        }
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** A share as a whole percentage: {@code 50 %}. */
    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", share * 100);
    }
}
