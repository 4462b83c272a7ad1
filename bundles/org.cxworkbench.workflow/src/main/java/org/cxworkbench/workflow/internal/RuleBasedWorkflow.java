package org.cxworkbench.workflow.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.cxworkbench.api.rules.Finding;
import org.cxworkbench.api.rules.RuleFailure;
import org.cxworkbench.api.rules.StepRule;
import org.cxworkbench.api.rules.StepStatus;
import org.cxworkbench.api.rules.WorkflowReport;
import org.cxworkbench.api.rules.WorkflowService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.Strategy;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The {@link WorkflowService}: runs every {@link StepRule} whiteboard service, contains the ones that
 * throw or hang (each rule gets {@value #TIMEOUT_PROPERTY} seconds, 10 by default, then is skipped and
 * reported), and folds the findings into one status per step. A step with no rule installed is not complete:
 * the workbench cannot vouch for it.
 */
@Component(service = WorkflowService.class, property = RuleBasedWorkflow.TIMEOUT_PROPERTY + ":Integer=10")
public final class RuleBasedWorkflow implements WorkflowService {

    /** Component property: how long one rule may take, in seconds, before it is skipped as hanging. */
    static final String TIMEOUT_PROPERTY = "rule.timeout.seconds";

    private final List<RuleRegistry> rules = new CopyOnWriteArrayList<>();
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "cxw-step-rule");
        thread.setDaemon(true); // a rule that never returns must not keep the JVM alive
        return thread;
    });
    private volatile long timeoutMillis = 10_000;

    @Activate
    void activate(Map<String, Object> properties) {
        Object seconds = properties.get(TIMEOUT_PROPERTY);
        if (seconds != null) {
            timeoutMillis = Math.max(1, Long.parseLong(String.valueOf(seconds))) * 1000;
        }
    }

    @Deactivate
    void deactivate() {
        executor.shutdownNow();
    }

    /** For tests: the time limit of one rule. */
    void timeoutMillis(long millis) {
        timeoutMillis = millis;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addRule(StepRule rule, Map<String, Object> properties) {
        rules.add(RuleRegistry.of(rule, properties));
    }

    void removeRule(StepRule rule) {
        rules.removeIf(r -> r.rule() == rule);
    }

    @Override
    public WorkflowReport evaluate(Strategy strategy) {
        Map<WorkflowStep, List<Finding>> byStep = new EnumMap<>(WorkflowStep.class);
        Map<WorkflowStep, Integer> ruleCount = new EnumMap<>(WorkflowStep.class);
        List<RuleFailure> failures = new ArrayList<>();
        List<RuleRegistry> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparing(RuleRegistry::id));
        for (RuleRegistry registered : sorted) {
            if (registered.step() == null) {
                failures.add(new RuleFailure(registered.id(), registered.bundle(),
                        "its " + StepRule.STEP + " property is not a step number from 1 to 9"));
                continue;
            }
            ruleCount.merge(registered.step(), 1, Integer::sum);
            try {
                List<Finding> found = check(registered, strategy);
                if (found == null) {
                    throw new IllegalStateException("returned null instead of a list of findings");
                }
                for (Finding f : found) {
                    if (f == null) {
                        throw new IllegalStateException("returned a null finding");
                    }
                    byStep.computeIfAbsent(f.step(), k -> new ArrayList<>()).add(f);
                }
            } catch (TimeoutException e) {
                failures.add(new RuleFailure(registered.id(), registered.bundle(), "did not answer within "
                        + timeoutMillis / 1000.0 + " s and was skipped"));
            } catch (RuntimeException | LinkageError | StackOverflowError e) {
                failures.add(new RuleFailure(registered.id(), registered.bundle(), String.valueOf(e)));
            }
        }
        List<StepStatus> steps = new ArrayList<>();
        for (WorkflowStep step : WorkflowStep.values()) {
            steps.add(statusOf(step, byStep.getOrDefault(step, List.of()), ruleCount.getOrDefault(step, 0)));
        }
        return new WorkflowReport(steps, failures);
    }

    private List<Finding> check(RuleRegistry registered, Strategy strategy) throws TimeoutException {
        Future<List<Finding>> answer = executor.submit(() -> registered.rule().check(strategy));
        try {
            return answer.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw e;
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the rule", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    static StepStatus statusOf(WorkflowStep step, List<Finding> findings, int rulesRun) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparing(Finding::severity));
        if (rulesRun == 0) {
            sorted.add(0, Finding.error(step, "workflow.no-rules", null,
                    "no checks are installed for this step, so it cannot be confirmed",
                    "install the bundle or plugin that checks step " + step.number()));
        }
        List<String> missing = sorted.stream().filter(f -> f.severity() == org.cxworkbench.api.rules.Severity.ERROR)
                .map(Finding::message).toList();
        String next = sorted.stream().filter(f -> f.severity() == org.cxworkbench.api.rules.Severity.ERROR)
                .map(Finding::action).filter(a -> a != null && !a.isBlank()).findFirst().orElse(null);
        return new StepStatus(step, missing.isEmpty(), missing, next, sorted);
    }
}
