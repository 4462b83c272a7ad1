package org.cxworkbench.survey.internal;

import java.util.ArrayList;
import java.util.List;

import org.cxworkbench.survey.api.Granularity;
import org.cxworkbench.survey.api.ResponseAggregator;

/**
 * The hot loop's aggregation: score counts in flat {@code long[]} bins, one block of bins per question for
 * each (segment dimension, period, segment value) group. A row looks up its groups once (one per dimension,
 * plus the overall one) and then each answer is a single array increment. At the end the tally is handed
 * to a {@link ResponseAggregator} with string keys.
 */
final class AnswerTally {

    private final List<MappedAnswer> answers;
    private final int[] offsets;
    private final int stride;
    private long[] slotKeys = new long[256];
    private int[] slotGroups = new int[256];
    private final List<long[]> groupKeys = new ArrayList<>();
    private long[] bins = new long[1024];

    AnswerTally(List<MappedAnswer> answers) {
        this.answers = answers;
        offsets = new int[answers.size()];
        int total = 0;
        for (int q = 0; q < answers.size(); q++) {
            offsets[q] = total;
            total += answers.get(q).scaleMax() - answers.get(q).scaleMin() + 1;
        }
        stride = total;
    }

    /**
     * The group of one segment dimension (0 = all respondents, 1.. = the --segment dimensions), a period
     * (month number) and a segment value id (-1 for all respondents).
     */
    int group(int dimension, int monthNumber, int valueId) {
        // +1 keeps every key non-zero, so 0 marks a free slot
        long key = (((long) dimension << 56) | ((long) (monthNumber & 0xFFFFFF) << 32) | (valueId & 0xFFFFFFFFL)) + 1;
        int mask = slotKeys.length - 1;
        int slot = (int) (key ^ (key >>> 29) ^ (key >>> 56)) * 0x9E3779B1 >>> 8 & mask;
        while (slotKeys[slot] != 0) {
            if (slotKeys[slot] == key) {
                return slotGroups[slot];
            }
            slot = (slot + 1) & mask;
        }
        int id = groupKeys.size();
        slotKeys[slot] = key;
        slotGroups[slot] = id;
        groupKeys.add(new long[] {dimension, monthNumber, valueId});
        if (groupKeys.size() * 2 > slotKeys.length) {
            rehash();
        }
        if ((long) (id + 1) * stride > bins.length) {
            bins = java.util.Arrays.copyOf(bins, Math.max(bins.length * 2, (id + 1) * stride));
        }
        return id;
    }

    private void rehash() {
        long[] oldKeys = slotKeys;
        int[] oldGroups = slotGroups;
        slotKeys = new long[oldKeys.length * 2];
        slotGroups = new int[oldKeys.length * 2];
        int mask = slotKeys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            long key = oldKeys[i];
            if (key != 0) {
                int slot = (int) (key ^ (key >>> 29) ^ (key >>> 56)) * 0x9E3779B1 >>> 8 & mask;
                while (slotKeys[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slotKeys[slot] = key;
                slotGroups[slot] = oldGroups[i];
            }
        }
    }

    void add(int group, int question, int score) {
        bins[group * stride + offsets[question] + score - answers.get(question).scaleMin()]++;
    }

    /** Feeds every non-empty bin into the aggregator. */
    void drainInto(ResponseAggregator aggregator, Granularity granularity, List<String> dimensionNames,
            List<SegmentDictionary> dictionaries) {
        for (int g = 0; g < groupKeys.size(); g++) {
            long[] key = groupKeys.get(g);
            int dimension = (int) key[0];
            int month = (int) key[1];
            String period = granularity.periodOf(month / 12, month % 12 + 1);
            String segmentKey = dimension == 0 ? ""
                    : dimensionNames.get(dimension - 1) + "=" + dictionaries.get(dimension - 1).value((int) key[2]);
            for (int q = 0; q < answers.size(); q++) {
                MappedAnswer answer = answers.get(q);
                int base = g * stride + offsets[q];
                for (int s = answer.scaleMin(); s <= answer.scaleMax(); s++) {
                    long n = bins[base + s - answer.scaleMin()];
                    if (n > 0) {
                        aggregator.add(answer.code(), period, segmentKey, s, n);
                    }
                }
            }
        }
    }
}
