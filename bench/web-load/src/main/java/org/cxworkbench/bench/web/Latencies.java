package org.cxworkbench.bench.web;

import java.util.Arrays;

/** Round-trip times of one kind of request, in nanoseconds; thread-confined while recording, merged afterwards. */
public final class Latencies {

    private long[] values = new long[1024];
    private int size;

    void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    void addAll(Latencies other) {
        for (int i = 0; i < other.size; i++) {
            add(other.values[i]);
        }
    }

    /** How many were recorded. */
    public int count() {
        return size;
    }

    /** The {@code q}-quantile (0 < q <= 1) in milliseconds, nearest rank; NaN if none were recorded. */
    public double percentileMillis(double q) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * size);
        return sorted[Math.max(0, Math.min(size, rank) - 1)] / 1e6;
    }

    /** The largest in milliseconds. */
    public double maxMillis() {
        return percentileMillis(1.0);
    }

    /** The mean in milliseconds. */
    public double meanMillis() {
        if (size == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int i = 0; i < size; i++) {
            sum += values[i];
        }
        return sum / size / 1e6;
    }
}
