package org.cxworkbench.survey.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

import org.cxworkbench.model.CxStrategyFactory;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.Measurement;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.Survey;
import org.cxworkbench.model.ValueCount;

/**
 * The aggregation core of survey imports: answers are counted per KPI code, period and segment key into
 * primitive score bins ({@link ScoreCounts}), never kept one by one, and then merged into the strategy's
 * {@link Measurement}s: an existing measurement of the same KPI, survey, period and segment is added to
 * (count, sum, sum of squares, and the bin of every score value), otherwise a new one is created.
 *
 * <p>Segment keys are {@code ""} for all respondents or {@code NAME=value}. A source that groups answers
 * itself (a warehouse query with {@code GROUP BY kpi, period, segment, score}) calls
 * {@link #add(String, String, String, int, long)} once per group.
 *
 * <p>Not thread-safe.
 */
public final class ResponseAggregator {

    /** Identifies one aggregate. */
    public record Key(String kpiCode, String period, String segmentKey) implements Comparable<Key> {
        public Key {
            Objects.requireNonNull(kpiCode, "kpiCode");
            Objects.requireNonNull(period, "period");
            segmentKey = segmentKey == null ? "" : segmentKey;
        }

        @Override
        public int compareTo(Key other) {
            int c = kpiCode.compareTo(other.kpiCode);
            if (c == 0) {
                c = period.compareTo(other.period);
            }
            return c != 0 ? c : segmentKey.compareTo(other.segmentKey);
        }
    }

    /** One measurement written by {@link #mergeInto}: created or added to. */
    public record MergedMeasurement(Key key, Measurement measurement, boolean created, long addedCount) {
    }

    private final SortedMap<Key, ScoreCounts> cells = new TreeMap<>();

    /** Adds one answer. */
    public void add(String kpiCode, String period, String segmentKey, int score) {
        add(kpiCode, period, segmentKey, score, 1);
    }

    /** Adds {@code count} answers with the same score. */
    public void add(String kpiCode, String period, String segmentKey, int score, long count) {
        if (count < 0) {
            throw new IllegalArgumentException("count " + count + " is negative");
        }
        if (count > 0) {
            counts(kpiCode, period, segmentKey, score).add(score, count);
        }
    }

    /**
     * The bins of one aggregate, created if needed: callers on a hot path keep the returned object and add
     * to it directly.
     */
    public ScoreCounts counts(String kpiCode, String period, String segmentKey, int typicalScore) {
        return cells.computeIfAbsent(new Key(kpiCode, period, segmentKey), k -> new ScoreCounts(typicalScore));
    }

    /** The aggregates collected so far, sorted by KPI code, period and segment key. */
    public Map<Key, ScoreCounts> aggregates() {
        return Collections.unmodifiableSortedMap(cells);
    }

    /** Whether no answer was added. */
    public boolean isEmpty() {
        return cells.values().stream().allMatch(c -> c.count() == 0);
    }

    /**
     * Merges every aggregate into the strategy's measurements for {@code survey} (which may be
     * {@code null} for answers that belong to no survey).
     *
     * @throws IllegalArgumentException if a KPI code has no definition in the strategy; nothing is changed then
     */
    public List<MergedMeasurement> mergeInto(Strategy strategy, Survey survey) {
        Map<String, KpiDefinition> definitions = new LinkedHashMap<>();
        for (Key key : cells.keySet()) {
            definitions.computeIfAbsent(key.kpiCode(), code -> strategy.getKpiDefinitions().stream()
                    .filter(d -> code.equals(d.getCode())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("KPI " + code + " has no definition in strategy "
                            + strategy.getName())));
        }
        Map<Key, Measurement> existing = new TreeMap<>();
        for (Measurement m : strategy.getMeasurements()) {
            if (m.getKpi() != null && m.getKpi().getCode() != null && m.getSurvey() == survey && m.getPeriod() != null) {
                existing.putIfAbsent(new Key(m.getKpi().getCode(), m.getPeriod(), m.getSegmentKey()), m);
            }
        }
        List<MergedMeasurement> merged = new ArrayList<>();
        for (Map.Entry<Key, ScoreCounts> cell : cells.entrySet()) {
            ScoreCounts counts = cell.getValue();
            long added = counts.count();
            if (added == 0) {
                continue;
            }
            Key key = cell.getKey();
            Measurement measurement = existing.get(key);
            boolean created = measurement == null;
            if (created) {
                measurement = CxStrategyFactory.eINSTANCE.createMeasurement();
                measurement.setKpi(definitions.get(key.kpiCode()));
                measurement.setSurvey(survey);
                measurement.setPeriod(key.period());
                measurement.setSegmentKey(key.segmentKey());
                strategy.getMeasurements().add(measurement);
                existing.put(key, measurement);
            }
            addTo(measurement, counts);
            merged.add(new MergedMeasurement(key, measurement, created, added));
        }
        return merged;
    }

    private static void addTo(Measurement measurement, ScoreCounts counts) {
        measurement.setCount(measurement.getCount() + counts.count());
        measurement.setSum(measurement.getSum() + counts.sum());
        measurement.setSumOfSquares(measurement.getSumOfSquares() + counts.sumOfSquares());
        TreeMap<Double, ValueCount> bins = new TreeMap<>();
        for (ValueCount bin : measurement.getBins()) {
            bins.merge(bin.getValue(), bin, (a, b) -> {
                a.setCount(a.getCount() + b.getCount());
                return a;
            });
        }
        for (int score = counts.lowest(); score <= counts.highest(); score++) {
            long n = counts.countOf(score);
            if (n == 0) {
                continue;
            }
            ValueCount bin = bins.get((double) score);
            if (bin == null) {
                bin = CxStrategyFactory.eINSTANCE.createValueCount();
                bin.setValue(score);
                bins.put((double) score, bin);
            }
            bin.setCount(bin.getCount() + n);
        }
        measurement.getBins().clear();
        measurement.getBins().addAll(bins.values());
    }
}
