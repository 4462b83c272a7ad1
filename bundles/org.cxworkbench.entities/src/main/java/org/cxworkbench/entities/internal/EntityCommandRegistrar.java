package org.cxworkbench.entities.internal;

import java.util.Hashtable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.cxworkbench.api.command.CxwCommand;
import org.cxworkbench.api.entity.EntityKind;
import org.cxworkbench.api.store.StrategyStore;
import org.cxworkbench.containment.ServiceOrigin;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Registers one {@code cxw NOUN ...} command for every {@link EntityKind} whiteboard service, and withdraws
 * it when the kind goes away (a plugin removed from the plugins folder). A kind that throws while it is described
 * (noun, class, step) gets no command; that is recorded through the {@link KindGuard}.
 */
@Component(immediate = true)
public final class EntityCommandRegistrar {

    private final BundleContext context;
    private final StrategyStore store;
    private final KindGuard guard;
    private final Map<EntityKind, ServiceRegistration<CxwCommand>> registrations = new ConcurrentHashMap<>();

    @Activate
    public EntityCommandRegistrar(BundleContext context, @Reference StrategyStore store, @Reference KindGuard guard) {
        this.context = context;
        this.store = store;
        this.guard = guard;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addKind(EntityKind kind) {
        String bundle = ServiceOrigin.bundleOf(kind);
        Hashtable<String, Object> properties = new Hashtable<>();
        EntityCommand command;
        try {
            properties.put(CxwCommand.NAME, kind.noun());
            properties.put(CxwCommand.SUMMARY, "Adds, lists, shows, updates, removes " + kind.eClass().getName()
                    + " elements (step " + kind.step().number() + ")");
            properties.put(CxwCommand.GROUP, "step " + kind.step().number() + " - " + kind.step().title());
            command = new EntityCommand(kind, store, bundle, guard);
        } catch (RuntimeException | LinkageError e) {
            guard.record(bundle, kind.getClass().getName(), "entity kind " + kind.getClass().getName()
                    + " from bundle " + bundle + " could not be described and gets no command: " + e);
            return;
        }
        registrations.put(kind, context.registerService(CxwCommand.class, command, properties));
    }

    void removeKind(EntityKind kind) {
        ServiceRegistration<CxwCommand> registration = registrations.remove(kind);
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the framework already withdrew it
            }
        }
    }

    @Deactivate
    void deactivate() {
        registrations.keySet().forEach(this::removeKind);
    }
}
