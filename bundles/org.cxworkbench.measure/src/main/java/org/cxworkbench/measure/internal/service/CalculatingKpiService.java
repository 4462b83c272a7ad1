package org.cxworkbench.measure.internal.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.cxworkbench.api.kpi.KpiCalculator;
import org.cxworkbench.api.kpi.KpiResult;
import org.cxworkbench.api.kpi.KpiService;
import org.cxworkbench.measure.api.Periods;
import org.cxworkbench.measure.internal.calc.Results;
import org.cxworkbench.measure.internal.calc.Segments;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.Strategy;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Computes KPIs with the whiteboard {@link KpiCalculator}s. A definition naming a calculator (its
 * {@code calculator} attribute) uses the calculator registered with that id; otherwise the
 * highest-ranked calculator that supports the definition's kind. A calculator that throws is contained:
 * its result carries a warning naming it and the other KPIs are still computed. Results resting on fewer
 * answers than the definition's minimum sample size carry a warning.
 */
@Component(service = KpiService.class)
public final class CalculatingKpiService implements KpiService {

    private record Registered(KpiCalculator calculator, String id, int ranking, long serviceId) {
    }

    private static final Comparator<Registered> PREFERENCE = Comparator.comparingInt(Registered::ranking).reversed()
            .thenComparingLong(Registered::serviceId);

    private final List<Registered> calculators = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addCalculator(KpiCalculator calculator, Map<String, Object> properties) {
        Object ranking = properties.get(Constants.SERVICE_RANKING);
        Object serviceId = properties.get(Constants.SERVICE_ID);
        calculators.add(new Registered(calculator, Objects.toString(properties.get(KpiCalculator.ID), ""),
                ranking instanceof Integer r ? r : 0, serviceId instanceof Long id ? id : calculators.size()));
    }

    public void removeCalculator(KpiCalculator calculator) {
        calculators.removeIf(r -> r.calculator() == calculator);
    }

    @Override
    public List<String> periods(Strategy strategy) {
        TreeSet<String> periods = new TreeSet<>(Periods.CHRONOLOGICAL);
        strategy.getMeasurements().forEach(m -> addPeriod(periods, m.getPeriod()));
        strategy.getDurationMeasurements().forEach(m -> addPeriod(periods, m.getPeriod()));
        strategy.getCustomerCounts().forEach(c -> addPeriod(periods, c.getPeriod()));
        return List.copyOf(periods);
    }

    @Override
    public List<KpiResult> compute(Strategy strategy, String period, String segmentDimension) {
        List<KpiResult> results = new ArrayList<>();
        for (String p : period == null ? periods(strategy) : List.of(period)) {
            List<String> segments = segmentsOf(strategy, p, segmentDimension);
            for (KpiDefinition definition : strategy.getKpiDefinitions()) {
                for (String segment : segments) {
                    value(strategy, definition, p, segment).ifPresent(results::add);
                }
            }
        }
        return results;
    }

    @Override
    public Optional<KpiResult> value(Strategy strategy, KpiDefinition definition, String period, String segmentKey) {
        String segment = Segments.key(segmentKey);
        Optional<Registered> selected = select(definition);
        if (selected.isEmpty()) {
            return missingCalculator(strategy, definition, period, segment);
        }
        Registered calculator = selected.get();
        Optional<KpiResult> result;
        try {
            result = calculator.calculator().compute(strategy, definition, period, segment);
        } catch (RuntimeException | LinkageError e) {
            return Optional.of(Results.noValue(definition, period, segment, 0, Map.of(),
                    "calculator '" + calculator.id() + "' (" + calculator.calculator().getClass().getName()
                            + ") failed: " + e));
        }
        return result == null ? Optional.empty() : result.map(r -> withSampleSizeWarning(definition, r));
    }

    private Optional<Registered> select(KpiDefinition definition) {
        String wanted = definition.getCalculator();
        Stream<Registered> candidates = calculators.stream();
        if (wanted != null && !wanted.isBlank()) {
            candidates = candidates.filter(r -> wanted.equals(r.id()));
        } else {
            candidates = candidates.filter(r -> supports(r, definition));
        }
        return candidates.min(PREFERENCE);
    }

    private static boolean supports(Registered registered, KpiDefinition definition) {
        try {
            return registered.calculator().supports(definition);
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static Optional<KpiResult> missingCalculator(Strategy strategy, KpiDefinition definition, String period,
            String segment) {
        String wanted = definition.getCalculator();
        if (wanted == null || wanted.isBlank() || !hasData(strategy, definition, period, segment)) {
            return Optional.empty();
        }
        return Optional.of(Results.noValue(definition, period, segment, 0, Map.of(), "calculator '" + wanted
                + "' named by definition " + definition.getCode() + " is not installed"));
    }

    private static boolean hasData(Strategy strategy, KpiDefinition definition, String period, String segment) {
        return strategy.getMeasurements().stream().anyMatch(m -> m.getKpi() == definition
                && period.equals(m.getPeriod()) && segment.equals(Segments.key(m.getSegmentKey())))
                || strategy.getDurationMeasurements().stream().anyMatch(m -> m.getKpi() == definition
                        && period.equals(m.getPeriod()) && segment.equals(Segments.key(m.getSegmentKey())));
    }

    static KpiResult withSampleSizeWarning(KpiDefinition definition, KpiResult result) {
        int minimum = definition.getMinimumSampleSize();
        if (!result.hasValue() || minimum <= 0 || result.n() >= minimum) {
            return result;
        }
        List<String> warnings = new ArrayList<>(result.warnings());
        warnings.add("small sample: n = " + result.n() + " is below the minimum of " + minimum
                + " for " + definition.getCode() + (result.segmentKey().isEmpty() ? "" : " in " + result.segmentKey()));
        return new KpiResult(result.code(), result.name(), result.definitionVersion(), result.period(),
                result.segmentKey(), result.value(), result.unit(), result.n(), result.details(), warnings);
    }

    private static List<String> segmentsOf(Strategy strategy, String period, String dimension) {
        List<String> segments = new ArrayList<>();
        segments.add(Segments.ALL);
        if (dimension != null && !dimension.isEmpty()) {
            TreeSet<String> keys = new TreeSet<>();
            Stream.of(strategy.getMeasurements().stream().filter(m -> period.equals(m.getPeriod()))
                    .map(m -> m.getSegmentKey()),
                    strategy.getDurationMeasurements().stream().filter(m -> period.equals(m.getPeriod()))
                            .map(m -> m.getSegmentKey()),
                    strategy.getCustomerCounts().stream().filter(c -> period.equals(c.getPeriod()))
                            .map(c -> c.getSegmentKey()))
                    .flatMap(s -> s).filter(k -> Segments.inDimension(k, dimension)).forEach(keys::add);
            segments.addAll(keys);
        }
        return segments;
    }

    private static void addPeriod(TreeSet<String> periods, String period) {
        if (period != null && !period.isBlank()) {
            periods.add(period);
        }
    }
}
