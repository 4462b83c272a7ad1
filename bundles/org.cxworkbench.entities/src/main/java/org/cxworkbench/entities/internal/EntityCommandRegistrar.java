package org.cxworkbench.entities.internal;

import java.util.Hashtable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.cxworkbench.api.command.CxwCommand;
import org.cxworkbench.api.entity.EntityKind;
import org.cxworkbench.api.store.StrategyStore;
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
 * it when the kind goes away (a plugin removed from the plugins folder).
 */
@Component(immediate = true)
public final class EntityCommandRegistrar {

    private final BundleContext context;
    private final StrategyStore store;
    private final Map<EntityKind, ServiceRegistration<CxwCommand>> registrations = new ConcurrentHashMap<>();

    @Activate
    public EntityCommandRegistrar(BundleContext context, @Reference StrategyStore store) {
        this.context = context;
        this.store = store;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addKind(EntityKind kind) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(CxwCommand.NAME, kind.noun());
        properties.put(CxwCommand.SUMMARY, "Adds, lists, shows, updates, removes " + kind.eClass().getName()
                + " elements (step " + kind.step().number() + ")");
        properties.put(CxwCommand.GROUP, "step " + kind.step().number() + " - " + kind.step().title());
        registrations.put(kind, context.registerService(CxwCommand.class, new EntityCommand(kind, store), properties));
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
