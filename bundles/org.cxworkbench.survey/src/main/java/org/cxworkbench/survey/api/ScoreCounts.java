package org.cxworkbench.survey.api;

/**
 * How often each integer score was given, for one KPI, period and segment: a primitive array indexed by
 * {@code score - lowest}, grown as scores arrive. Count, sum and sum of squares follow from the bins
 * exactly, so nothing else is stored.
 */
public final class ScoreCounts {

    private int lowest;
    private long[] bins;

    ScoreCounts(int firstScore) {
        lowest = firstScore;
        bins = new long[11];
    }

    /** Adds {@code count} answers with this score. */
    public void add(int score, long count) {
        int index = score - lowest;
        if (index < 0 || index >= bins.length) {
            grow(score);
            index = score - lowest;
        }
        bins[index] += count;
    }

    /** Adds one answer with this score. */
    public void add(int score) {
        add(score, 1);
    }

    private void grow(int score) {
        int newLowest = Math.min(lowest, score);
        int newHighest = Math.max(lowest + bins.length - 1, score);
        long[] grown = new long[newHighest - newLowest + 1];
        System.arraycopy(bins, 0, grown, lowest - newLowest, bins.length);
        bins = grown;
        lowest = newLowest;
    }

    /** How many answers had this score. */
    public long countOf(int score) {
        int index = score - lowest;
        return index < 0 || index >= bins.length ? 0 : bins[index];
    }

    /** The lowest score that can have a non-zero count. */
    public int lowest() {
        return lowest;
    }

    /** The highest score that can have a non-zero count. */
    public int highest() {
        return lowest + bins.length - 1;
    }

    /** The number of answers. */
    public long count() {
        long n = 0;
        for (long c : bins) {
            n += c;
        }
        return n;
    }

    /** The sum of the answers. */
    public double sum() {
        double s = 0;
        for (int i = 0; i < bins.length; i++) {
            s += (double) (lowest + i) * bins[i];
        }
        return s;
    }

    /** The sum of the squared answers. */
    public double sumOfSquares() {
        double s = 0;
        for (int i = 0; i < bins.length; i++) {
            double v = lowest + i;
            s += v * v * bins[i];
        }
        return s;
    }
}
