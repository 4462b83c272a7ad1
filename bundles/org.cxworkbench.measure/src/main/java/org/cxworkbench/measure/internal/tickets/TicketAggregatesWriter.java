package org.cxworkbench.measure.internal.tickets;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.cxworkbench.measure.api.KpiDefinitions;
import org.cxworkbench.measure.internal.calc.Segments;
import org.cxworkbench.model.CxStrategyFactory;
import org.cxworkbench.model.DurationMeasurement;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.ValueCount;
import org.eclipse.emf.common.util.EList;

/**
 * Adds the durations read from a ticket export to the strategy's {@link DurationMeasurement}s (one per
 * KPI, period and segment), adding the response-time and time-to-resolution definitions if the strategy
 * lacks them. Business-hours figures can only be added to aggregates that have them too, and the other
 * way round, so that both variants always rest on the same tickets.
 */
final class TicketAggregatesWriter {

    private TicketAggregatesWriter() {
    }

    /**
     * Checks that the import can be merged; returns the problem, or empty. Nothing is changed.
     */
    static Optional<String> conflict(Strategy strategy, TicketImport tickets, boolean businessHours) {
        for (TicketImport.Key key : tickets.aggregates().keySet()) {
            Optional<KpiDefinition> definition = KpiDefinitions.find(strategy, key.kpiCode());
            if (definition.isEmpty()) {
                continue;
            }
            Optional<DurationMeasurement> existing = find(strategy, definition.get(), key);
            if (existing.isPresent() && existing.get().getCount() > 0
                    && existing.get().getBusinessBins().isEmpty() == businessHours) {
                return Optional.of(key.kpiCode() + " " + key.period()
                        + (key.segmentKey().isEmpty() ? "" : " " + key.segmentKey()) + " was imported before "
                        + (businessHours ? "without" : "with") + " --business-hours; import this file "
                        + (businessHours ? "without it" : "with it too") + " so both figures rest on the same tickets");
            }
        }
        return Optional.empty();
    }

    /** Merges the durations into the strategy. */
    static void apply(Strategy strategy, TicketImport tickets) {
        for (Map.Entry<TicketImport.Key, DurationAccumulator> entry : tickets.aggregates().entrySet()) {
            TicketImport.Key key = entry.getKey();
            DurationAccumulator acc = entry.getValue();
            KpiDefinition definition = KpiDefinitions.ensure(strategy, key.kpiCode());
            DurationMeasurement m = find(strategy, definition, key).orElseGet(() -> {
                DurationMeasurement created = CxStrategyFactory.eINSTANCE.createDurationMeasurement();
                created.setKpi(definition);
                created.setPeriod(key.period());
                created.setSegmentKey(key.segmentKey());
                strategy.getDurationMeasurements().add(created);
                return created;
            });
            m.setCount(m.getCount() + acc.count);
            m.setSumSeconds(m.getSumSeconds() + acc.sumSeconds);
            m.setBusinessSumSeconds(m.getBusinessSumSeconds() + acc.businessSumSeconds);
            merge(m.getBins(), acc.minutes);
            merge(m.getBusinessBins(), acc.businessMinutes);
        }
    }

    private static Optional<DurationMeasurement> find(Strategy strategy, KpiDefinition definition, TicketImport.Key key) {
        return strategy.getDurationMeasurements().stream()
                .filter(m -> m.getKpi() == definition && key.period().equals(m.getPeriod())
                        && key.segmentKey().equals(Segments.key(m.getSegmentKey())))
                .findFirst();
    }

    /** Adds counts per minute to the bins, which stay sorted by minute. */
    private static void merge(EList<ValueCount> bins, Map<Double, Long> counts) {
        if (counts.isEmpty()) {
            return;
        }
        TreeMap<Double, Long> merged = new TreeMap<>(counts);
        for (ValueCount bin : bins) {
            merged.merge(bin.getValue(), bin.getCount(), Long::sum);
        }
        bins.clear();
        merged.forEach((minute, count) -> {
            ValueCount bin = CxStrategyFactory.eINSTANCE.createValueCount();
            bin.setValue(minute);
            bin.setCount(count);
            bins.add(bin);
        });
    }
}
