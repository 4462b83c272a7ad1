package org.cxworkbench.store.commands;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeoutException;

import org.cxworkbench.api.failure.PluginFailureLog;
import org.cxworkbench.api.kpi.KpiDefinitionProvider;
import org.cxworkbench.containment.FailureLogs;
import org.cxworkbench.containment.TimeLimitedCalls;
import org.cxworkbench.model.KpiDefinition;

/**
 * Collects the KPI definitions of a new strategy from the {@link KpiDefinitionProvider} services, in order; a
 * code already provided is skipped (the first provider wins). Each provider runs on a worker thread with a time
 * limit. A provider that throws, does not answer in time or returns {@code null} is skipped; a definition that is
 * {@code null}, has no code or already belongs to a strategy (not fresh) is skipped. Each skip gives a warning
 * naming the provider's bundle and is recorded in the {@link PluginFailureLog}, if one is installed.
 */
final class KpiDefinitionCollector {

    /** A registered provider with the bundle and component that provide it. */
    record Provider(KpiDefinitionProvider provider, String bundle, String component) {
    }

    /** The definitions to add, and what was skipped and why. */
    record Collected(List<KpiDefinition> definitions, List<String> warnings) {
    }

    private final Duration limit;
    private final PluginFailureLog failureLog;

    /** @param failureLog where skipped providers are recorded, or {@code null} */
    KpiDefinitionCollector(Duration limit, PluginFailureLog failureLog) {
        this.limit = limit;
        this.failureLog = failureLog;
    }

    Collected collect(List<Provider> providers) {
        List<KpiDefinition> definitions = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (TimeLimitedCalls calls = new TimeLimitedCalls("cxw-kpi-definitions")) {
            for (Provider provider : providers) {
                List<KpiDefinition> provided;
                try {
                    provided = calls.call(limit, () -> {
                        List<KpiDefinition> list = provider.provider().definitions();
                        return list == null ? null : new ArrayList<>(list);
                    });
                    if (provided == null) {
                        warnings.add(skipped(provider, "it returned null instead of a list of definitions"));
                        continue;
                    }
                } catch (TimeoutException e) {
                    warnings.add(skipped(provider, "it did not answer within " + TimeLimitedCalls.describe(limit)));
                    continue;
                } catch (CancellationException e) {
                    warnings.add(skipped(provider, "it was interrupted"));
                    continue;
                } catch (RuntimeException | LinkageError | StackOverflowError e) {
                    warnings.add(skipped(provider, "it failed: " + e));
                    continue;
                }
                for (KpiDefinition definition : provided) {
                    String problem = problem(definition);
                    if (problem != null) {
                        warnings.add(skippedOne(provider, problem));
                    } else if (seen.add(definition.getCode())) {
                        definitions.add(definition);
                    }
                }
            }
        }
        return new Collected(definitions, warnings);
    }

    private static String problem(KpiDefinition definition) {
        if (definition == null) {
            return "a null definition";
        }
        if (definition.getCode() == null || definition.getCode().isBlank()) {
            String name = definition.getName();
            return "a definition without a code" + (name == null || name.isBlank() ? "" : " (" + name + ")");
        }
        if (definition.eContainer() != null || definition.eResource() != null) {
            return "definition " + definition.getCode() + ", which already belongs to a strategy (not a fresh copy)";
        }
        return null;
    }

    private String skipped(Provider provider, String reason) {
        return record(provider, "the KPI definitions of " + describe(provider) + " were skipped: " + reason);
    }

    private String skippedOne(Provider provider, String what) {
        return record(provider, describe(provider) + " provided " + what + "; it was skipped");
    }

    private String record(Provider provider, String message) {
        FailureLogs.record(failureLog, provider.bundle(), PluginFailureLog.KPI_DEFINITIONS, provider.component(),
                message);
        return message;
    }

    private static String describe(Provider provider) {
        return provider.component() + " from bundle " + provider.bundle();
    }
}
