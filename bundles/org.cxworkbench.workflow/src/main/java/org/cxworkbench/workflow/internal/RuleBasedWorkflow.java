package org.cxworkbench.workflow.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;

import org.cxworkbench.api.failure.PluginFailureLog;
import org.cxworkbench.api.rules.Finding;
import org.cxworkbench.api.rules.RuleFailure;
import org.cxworkbench.api.rules.StepRule;
import org.cxworkbench.api.rules.StepStatus;
import org.cxworkbench.api.rules.WorkflowReport;
import org.cxworkbench.api.rules.WorkflowService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.containment.FailureLogs;
import org.cxworkbench.containment.TimeLimitedCalls;
import org.cxworkbench.model.Strategy;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The {@link WorkflowService}: runs every {@link StepRule} whiteboard service, contains the ones that
 * throw or hang (each rule gets {@value #TIMEOUT_PROPERTY} seconds, 10 by default, then is skipped and
 * reported), and folds the findings into one status per step. A step with no rule installed is not complete:
 * the workbench cannot vouch for it. Failures are also recorded in the {@link PluginFailureLog}, if one is
 * installed, for {@code cxw plugins}.
 */
@Component(service = WorkflowService.class, property = RuleBasedWorkflow.TIMEOUT_PROPERTY + ":Integer=10")
public final class RuleBasedWorkflow implements WorkflowService {

    /** Component property: how long one rule may take, in seconds, before it is skipped as hanging. */
    static final String TIMEOUT_PROPERTY = "rule.timeout.seconds";

    private final List<RuleRegistry> rules = new CopyOnWriteArrayList<>();
    private final TimeLimitedCalls calls = new TimeLimitedCalls("cxw-step-rule");
    private volatile Duration timeout = Duration.ofSeconds(10);
    private volatile PluginFailureLog failureLog;

    @Activate
    void activate(Map<String, Object> properties) {
        Object seconds = properties.get(TIMEOUT_PROPERTY);
        if (seconds != null) {
            timeout = Duration.ofSeconds(Math.max(1, Long.parseLong(String.valueOf(seconds))));
        }
    }

    @Deactivate
    void deactivate() {
        calls.close();
    }

    /** For tests: the time limit of one rule. */
    void timeoutMillis(long millis) {
        timeout = Duration.ofMillis(millis);
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
                        + TimeLimitedCalls.describe(timeout) + " and was skipped"));
            } catch (RuntimeException | LinkageError | StackOverflowError e) {
                failures.add(new RuleFailure(registered.id(), registered.bundle(), String.valueOf(e)));
            }
        }
        PluginFailureLog log = failureLog;
        for (RuleFailure failure : failures) {
            FailureLogs.record(log, failure.bundle(), PluginFailureLog.STEP_RULE, failure.ruleId(),
                    "rule " + failure.ruleId() + " failed and was skipped: " + failure.reason());
        }
        List<StepStatus> steps = new ArrayList<>();
        for (WorkflowStep step : WorkflowStep.values()) {
            steps.add(statusOf(step, byStep.getOrDefault(step, List.of()), ruleCount.getOrDefault(step, 0)));
        }
        return new WorkflowReport(steps, failures);
    }

    private List<Finding> check(RuleRegistry registered, Strategy strategy) throws TimeoutException {
        return calls.call(timeout, () -> registered.rule().check(strategy));
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
