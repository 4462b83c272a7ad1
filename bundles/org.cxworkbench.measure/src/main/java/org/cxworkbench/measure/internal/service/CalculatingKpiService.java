package org.cxworkbench.measure.internal.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.cxworkbench.api.failure.PluginFailureLog;
import org.cxworkbench.api.kpi.KpiCalculator;
import org.cxworkbench.api.kpi.KpiResult;
import org.cxworkbench.api.kpi.KpiService;
import org.cxworkbench.containment.FailureLogs;
import org.cxworkbench.containment.PluginCall;
import org.cxworkbench.containment.ServiceOrigin;
import org.cxworkbench.containment.TimeLimitedCalls;
import org.cxworkbench.measure.api.Periods;
import org.cxworkbench.measure.internal.calc.Results;
import org.cxworkbench.measure.internal.calc.Segments;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.Strategy;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Computes KPIs with the whiteboard {@link KpiCalculator}s. A definition naming a calculator (its
 * {@code calculator} attribute) uses the calculator registered with that id; otherwise the
 * highest-ranked calculator that supports the definition's kind. Results resting on fewer answers than the
 * definition's minimum sample size carry a warning.
 *
 * <p>Calculators of other bundles (plugins) are contained: each call runs on a worker thread with a time limit
 * ({@value #TIMEOUT_PROPERTY}, 10 s by default). A calculator that throws, or answers garbage (null instead of an
 * {@code Optional}, a result for another KPI, period or segment, an infinite value, a negative n, a value outside
 * the definition's range, see {@link ResultCheck}), gives "no value" with a warning naming it and its bundle; one
 * that does not answer in time is abandoned: it gives "no value" with that warning now and without being asked
 * again until it is registered anew (the plugin reinstalled or updated), so one hanging plugin costs one time
 * limit, not one per period and segment. Every other KPI is still computed. Failures are recorded in the
 * {@link PluginFailureLog}, if one is installed. The workbench's own calculators (this bundle) run directly.
 */
@Component(service = KpiService.class, property = CalculatingKpiService.TIMEOUT_PROPERTY + ":Integer=10")
public final class CalculatingKpiService implements KpiService {

    /** Component property: how long one call of a plugin's calculator may take, in seconds. */
    static final String TIMEOUT_PROPERTY = "calculator.timeout.seconds";

    /** A registered calculator; {@code abandoned} says why it is no longer asked, once it hung. */
    private static final class Registered {
        final KpiCalculator calculator;
        final String id;
        final int ranking;
        final long serviceId;
        final String bundle;
        final boolean contained;
        volatile String abandoned;

        Registered(KpiCalculator calculator, String id, int ranking, long serviceId, String bundle, boolean contained) {
            this.calculator = calculator;
            this.id = id;
            this.ranking = ranking;
            this.serviceId = serviceId;
            this.bundle = bundle;
            this.contained = contained;
        }

        String name() {
            return "calculator '" + id + "' (" + calculator.getClass().getName() + ", bundle " + bundle + ")";
        }
    }

    private static final Comparator<Registered> PREFERENCE = Comparator.comparingInt((Registered r) -> r.ranking)
            .reversed().thenComparingLong(r -> r.serviceId);

    private final List<Registered> calculators = new CopyOnWriteArrayList<>();
    private final String ownBundle = ServiceOrigin.bundleOf(this);
    private final TimeLimitedCalls calls = new TimeLimitedCalls("cxw-kpi-calculator");
    private volatile Duration timeout = Duration.ofSeconds(10);
    private volatile PluginFailureLog failureLog;

    @Activate
    void activate(Map<String, Object> properties) {
        Object seconds = properties.get(TIMEOUT_PROPERTY);
        if (seconds != null) {
            timeout = Duration.ofSeconds(Math.max(1, Long.parseLong(String.valueOf(seconds).strip())));
        }
    }

    @Deactivate
    void deactivate() {
        calls.close();
    }

    /** For tests: the time limit of one calculator call. */
    void timeout(Duration limit) {
        timeout = limit;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setFailureLog(PluginFailureLog log) {
        failureLog = log;
    }

    void unsetFailureLog(PluginFailureLog log) {
        if (failureLog == log) {
            failureLog = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addCalculator(KpiCalculator calculator, Map<String, Object> properties) {
        addCalculator(calculator, properties, ServiceOrigin.bundleOf(calculator));
    }

    /** Registers a calculator of the named bundle; those of other bundles than this one are contained. */
    void addCalculator(KpiCalculator calculator, Map<String, Object> properties, String bundle) {
        Object ranking = properties.get(Constants.SERVICE_RANKING);
        Object serviceId = properties.get(Constants.SERVICE_ID);
        calculators.add(new Registered(calculator, Objects.toString(properties.get(KpiCalculator.ID), ""),
                ranking instanceof Integer r ? r : 0, serviceId instanceof Long id ? id : calculators.size(), bundle,
                !bundle.equals(ownBundle)));
    }

    public void removeCalculator(KpiCalculator calculator) {
        calculators.removeIf(r -> r.calculator == calculator);
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
        if (calculator.abandoned != null) {
            return noValue(definition, period, segment, calculator.abandoned);
        }
        Optional<KpiResult> result;
        try {
            result = call(calculator, () -> calculator.calculator.compute(strategy, definition, period, segment));
        } catch (TimeoutException e) {
            return noValue(definition, period, segment, abandon(calculator));
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            return noValue(definition, period, segment, failed(calculator, "failed: " + e));
        }
        if (result == null) {
            return noValue(definition, period, segment, failed(calculator,
                    "answered garbage: it returned null instead of a result or Optional.empty(); no value is shown"));
        }
        if (result.isPresent()) {
            String problem = ResultCheck.problem(definition, period, segment, result.get());
            if (problem != null) {
                return noValue(definition, period, segment, failed(calculator, "answered garbage: " + problem
                        + "; no value is shown"));
            }
        }
        return result.map(r -> withSampleSizeWarning(definition, r));
    }

    /** Runs a call into the calculator: directly for the workbench's own, with the time limit for plugins'. */
    private <T> T call(Registered calculator, PluginCall<T, RuntimeException> call) throws TimeoutException {
        return calculator.contained ? calls.call(timeout, call) : call.call();
    }

    private String abandon(Registered calculator) {
        String message = calculator.name() + " did not answer within " + TimeLimitedCalls.describe(timeout)
                + " and was abandoned; it is not asked again until its plugin is reinstalled";
        calculator.abandoned = message;
        FailureLogs.record(failureLog, calculator.bundle, PluginFailureLog.KPI_CALCULATOR, calculator.id, message);
        return message;
    }

    private String failed(Registered calculator, String what) {
        String message = calculator.name() + " " + what;
        FailureLogs.record(failureLog, calculator.bundle, PluginFailureLog.KPI_CALCULATOR, calculator.id, message);
        return message;
    }

    private static Optional<KpiResult> noValue(KpiDefinition definition, String period, String segment,
            String warning) {
        return Optional.of(Results.noValue(definition, period, segment, 0, Map.of(), warning));
    }

    private Optional<Registered> select(KpiDefinition definition) {
        String wanted = definition.getCalculator();
        Stream<Registered> candidates = calculators.stream();
        if (wanted != null && !wanted.isBlank()) {
            candidates = candidates.filter(r -> wanted.equals(r.id));
        } else {
            candidates = candidates.filter(r -> supports(r, definition));
        }
        return candidates.min(PREFERENCE);
    }

    /** Whether the calculator computes the definition; one that throws or hangs here does not. */
    private boolean supports(Registered registered, KpiDefinition definition) {
        if (registered.abandoned != null) {
            return false;
        }
        try {
            return Boolean.TRUE.equals(call(registered, () -> registered.calculator.supports(definition)));
        } catch (TimeoutException e) {
            abandon(registered);
            return false;
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            failed(registered, "failed in supports(" + definition.getCode() + ") and was skipped: " + e);
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
