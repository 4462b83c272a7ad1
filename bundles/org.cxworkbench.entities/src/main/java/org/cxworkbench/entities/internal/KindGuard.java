package org.cxworkbench.entities.internal;

import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import org.cxworkbench.api.command.CommandException;
import org.cxworkbench.api.entity.EntityKind;
import org.cxworkbench.api.failure.PluginFailureLog;
import org.cxworkbench.containment.FailureLogs;
import org.cxworkbench.containment.TimeLimitedCalls;
import org.eclipse.emf.ecore.EObject;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Contains the calls into {@link EntityKind}s (plugins among them) for the commands and the
 * {@link DefaultEntityEditor}: {@code afterChange} runs on a worker thread with a time limit
 * ({@code afterChange.timeout.seconds}, 10 s by default), so that a kind that hangs cannot hold a command, or the web
 * workbench's writes to a strategy, forever. A kind that throws anything but {@code IllegalArgumentException}, or
 * does not answer in time, refuses the change with exit code {@value #KIND_FAILED} and a message naming its bundle;
 * the failure is recorded in the {@link PluginFailureLog}, if one is installed. A kind that hung is not called
 * again until it is registered anew (the plugin reinstalled): its changes are refused at once, so one hanging
 * plugin costs one time limit, not one per change.
 */
@Component(service = KindGuard.class)
@Designate(ocd = KindGuard.Config.class)
public final class KindGuard {

    /** Configuration (PID {@code org.cxworkbench.entities.internal.KindGuard}). */
    @ObjectClassDefinition(name = "CX Workbench entity kinds")
    public @interface Config {
        @AttributeDefinition(description = "Seconds a kind's afterChange may take before the change is refused and "
                + "the kind is abandoned")
        int afterChange_timeout_seconds() default 10;
    }

    /** The exit code of a kind that failed unexpectedly: an internal error, of the plugin that provides it. */
    static final int KIND_FAILED = 3;

    private final TimeLimitedCalls calls = new TimeLimitedCalls("cxw-entity-kind");
    /**
     * Kinds that hung, with what happened; by identity, so that no plugin code (equals, hashCode) runs here. A hung
     * kind's worker thread keeps it reachable anyway.
     */
    private final Map<EntityKind, String> abandoned = Collections.synchronizedMap(new IdentityHashMap<>());
    private volatile Duration limit;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile PluginFailureLog failureLog;

    /** For the framework: the limit comes from the configuration. */
    public KindGuard() {
        this(Duration.ofSeconds(10), null);
    }

    /** For tests and direct use: the given limit and failure log (or {@code null}). */
    KindGuard(Duration limit, PluginFailureLog failureLog) {
        this.limit = limit;
        this.failureLog = failureLog;
    }

    @Activate
    @Modified
    void configure(Config config) {
        limit = Duration.ofSeconds(Math.max(1, config.afterChange_timeout_seconds()));
    }

    @Deactivate
    void deactivate() {
        calls.close();
    }

    /**
     * Calls the kind's {@code afterChange} for a changed element.
     *
     * @param bundle the bundle that registered the kind
     * @param prefix how messages start, e.g. {@code cxw goal}
     * @throws CommandException the kind refused the element (exit code 2) or failed ({@value #KIND_FAILED})
     */
    void afterChange(EntityKind kind, String bundle, EObject element, String prefix) throws CommandException {
        String hung = abandoned.get(kind);
        if (hung != null) {
            throw new CommandException(KIND_FAILED, prefix + ": " + hung + "; it is not called again until the "
                    + "plugin is reinstalled; nothing was saved", null);
        }
        try {
            calls.call(limit, () -> {
                kind.afterChange(element);
                return null;
            });
        } catch (IllegalArgumentException e) {
            throw new CommandException(prefix + ": " + e.getMessage() + "; nothing was saved", e);
        } catch (TimeoutException e) {
            String failure = "entity kind '" + kind.noun() + "' from bundle " + bundle
                    + " did not answer within " + TimeLimitedCalls.describe(limit) + " in afterChange";
            abandoned.put(kind, failure);
            record(bundle, kind.noun(), failure);
            throw new CommandException(KIND_FAILED, prefix + ": " + failure + "; nothing was saved", e);
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            String failure = "entity kind '" + kind.noun() + "' from bundle " + bundle + " failed in afterChange: " + e;
            record(bundle, kind.noun(), failure);
            throw new CommandException(KIND_FAILED, prefix + ": " + failure + "; nothing was saved", e);
        }
    }

    /** Records a failure of a kind (also one that could not be described), if a failure log is installed. */
    void record(String bundle, String service, String message) {
        FailureLogs.record(failureLog, bundle, PluginFailureLog.ENTITY, service, message);
    }

    /** The kinds given up on, for tests. */
    Set<EntityKind> abandoned() {
        synchronized (abandoned) {
            return Set.copyOf(abandoned.keySet());
        }
    }
}
