package org.cxworkbench.measure.internal;

import java.util.Map;

import org.cxworkbench.measure.api.KpiDefinitions;
import org.cxworkbench.model.CustomerCount;
import org.cxworkbench.model.CxStrategyFactory;
import org.cxworkbench.model.DurationMeasurement;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.Measurement;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.ValueCount;

/** Model fixtures built with the factory. */
public final class Fixtures {

    private static final CxStrategyFactory F = CxStrategyFactory.eINSTANCE;

    private Fixtures() {
    }

    /** The KPI service with every calculator of the bundle, as DS wires it. */
    public static org.cxworkbench.measure.internal.service.CalculatingKpiService kpiService() {
        var service = new org.cxworkbench.measure.internal.service.CalculatingKpiService();
        java.util.List<org.cxworkbench.api.kpi.KpiCalculator> calculators = java.util.List.of(
                new org.cxworkbench.measure.internal.calc.NpsCalculator(),
                new org.cxworkbench.measure.internal.calc.CsatCalculator(),
                new org.cxworkbench.measure.internal.calc.CesCalculator(),
                new org.cxworkbench.measure.internal.calc.RatingCalculator(),
                new org.cxworkbench.measure.internal.calc.YesNoCalculator(),
                new org.cxworkbench.measure.internal.calc.ChurnCalculator(),
                new org.cxworkbench.measure.internal.calc.RetentionCalculator(),
                new org.cxworkbench.measure.internal.calc.ResponseTimeCalculator(),
                new org.cxworkbench.measure.internal.calc.ResolutionTimeCalculator());
        long id = 1;
        for (var calculator : calculators) {
            service.addCalculator(calculator, Map.of(org.cxworkbench.api.kpi.KpiCalculator.ID,
                    calculator.getClass().getSimpleName(), "service.id", id++));
        }
        return service;
    }

    /**
     * A strategy with data in 2026-Q2 and 2026-Q3: NPS (also per touchpoint), CSAT, CES, customer counts
     * (the seed's 500 -> 450 with 20 new and 70 churned in Q3) and resolution times.
     */
    public static Strategy measured() {
        Strategy s = strategy();
        KpiDefinition nps = definition(s, "NPS");
        answers(s, nps, "2026-Q2", "", Map.of(10, 20L, 9, 21L, 8, 49L, 4, 10L));
        answers(s, nps, "2026-Q3", "", Map.of(10, 20L, 9, 30L, 8, 20L, 7, 10L, 5, 15L, 0, 5L));
        answers(s, nps, "2026-Q3", "touchpoint=Mobile app", Map.of(10, 8L, 6, 4L));
        answers(s, definition(s, "CSAT"), "2026-Q3", "", Map.of(5, 20L, 4, 20L, 3, 8L, 1, 2L));
        answers(s, definition(s, "CES"), "2026-Q3", "", Map.of(7, 10L, 6, 20L, 3, 10L));
        customers(s, "2026-Q3", "", 500L, 450L, 20L, 70L);
        durations(s, definition(s, "RESOLUTION_TIME"), "2026-Q3", "", 60, 120, 180, 600);
        return s;
    }

    /** A strategy with the seven default definitions and current period 2026-Q3. */
    public static Strategy strategy() {
        Strategy s = F.createStrategy();
        s.setName("Acme CX strategy 2026");
        s.setCurrentPeriod("2026-Q3");
        s.getKpiDefinitions().addAll(KpiDefinitions.defaults());
        return s;
    }

    public static KpiDefinition definition(Strategy s, String code) {
        return KpiDefinitions.find(s, code).orElseThrow();
    }

    /**
     * Adds a measurement with bins given as score -> count; count, sum and sum of squares are derived from
     * the bins as an importer would store them.
     */
    public static Measurement answers(Strategy s, KpiDefinition kpi, String period, String segment,
            Map<Integer, Long> bins) {
        Measurement m = F.createMeasurement();
        m.setKpi(kpi);
        m.setPeriod(period);
        m.setSegmentKey(segment);
        long count = 0;
        double sum = 0;
        double squares = 0;
        for (Map.Entry<Integer, Long> bin : new java.util.TreeMap<>(bins).entrySet()) {
            ValueCount v = F.createValueCount();
            v.setValue(bin.getKey());
            v.setCount(bin.getValue());
            m.getBins().add(v);
            count += bin.getValue();
            sum += bin.getKey() * (double) bin.getValue();
            squares += bin.getKey() * (double) bin.getKey() * bin.getValue();
        }
        m.setCount(count);
        m.setSum(sum);
        m.setSumOfSquares(squares);
        s.getMeasurements().add(m);
        return m;
    }

    /** Adds customer counts; {@code null} leaves a count unset. */
    public static CustomerCount customers(Strategy s, String period, String segment, Long start, Long end, Long newCustomers,
            Long churned) {
        CustomerCount c = F.createCustomerCount();
        c.setPeriod(period);
        c.setSegmentKey(segment);
        if (start != null) {
            c.setAtStart(start);
        }
        if (end != null) {
            c.setAtEnd(end);
        }
        if (newCustomers != null) {
            c.setNewCustomers(newCustomers);
        }
        if (churned != null) {
            c.setChurned(churned);
        }
        s.getCustomerCounts().add(c);
        return c;
    }

    /** Adds durations given as whole minutes (each one ticket); the seconds sum is exact minutes x 60. */
    public static DurationMeasurement durations(Strategy s, KpiDefinition kpi, String period, String segment,
            long... minutes) {
        DurationMeasurement m = F.createDurationMeasurement();
        m.setKpi(kpi);
        m.setPeriod(period);
        m.setSegmentKey(segment);
        java.util.TreeMap<Long, Long> bins = new java.util.TreeMap<>();
        for (long minute : minutes) {
            bins.merge(minute, 1L, Long::sum);
            m.setSumSeconds(m.getSumSeconds() + minute * 60.0);
        }
        m.setCount(minutes.length);
        bins.forEach((minute, count) -> {
            ValueCount v = F.createValueCount();
            v.setValue(minute);
            v.setCount(count);
            m.getBins().add(v);
        });
        s.getDurationMeasurements().add(m);
        return m;
    }
}
