package org.cxworkbench.survey.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    private final Map<Long, Integer> groupIds = new HashMap<>();
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
        long key = ((long) dimension << 56) | ((long) (monthNumber & 0xFFFFFF) << 32) | (valueId & 0xFFFFFFFFL);
        Integer id = groupIds.get(key);
        if (id == null) {
            id = groupKeys.size();
            groupIds.put(key, id);
            groupKeys.add(new long[] {dimension, monthNumber, valueId});
            if ((long) (id + 1) * stride > bins.length) {
                bins = java.util.Arrays.copyOf(bins, Math.max(bins.length * 2, (id + 1) * stride));
            }
        }
        return id;
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
