package org.cxworkbench.journeys.internal.map;

/** The emotion scale of journey stages: -2 (very negative) to +2 (very positive). */
public final class EmotionScale {

    public static final int MIN = -2;
    public static final int MAX = 2;
    public static final String RANGE_TEXT = "-2 (very negative) .. +2 (very positive)";

    private EmotionScale() {
    }

    /** Whether a score is on the scale. */
    public static boolean valid(double score) {
        return !Double.isNaN(score) && score >= MIN && score <= MAX;
    }

    /** A score as users write it: {@code +1}, {@code 0}, {@code -1.5}. */
    public static String format(double score) {
        String number = score == Math.rint(score) ? Long.toString((long) Math.abs(score)) : Double.toString(Math.abs(score));
        return score > 0 ? "+" + number : score < 0 ? "-" + number : "0";
    }
}
