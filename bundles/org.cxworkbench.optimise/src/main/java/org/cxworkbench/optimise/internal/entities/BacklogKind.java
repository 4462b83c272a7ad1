package org.cxworkbench.optimise.internal.entities;

import java.util.List;
import java.util.Set;

import org.cxworkbench.api.entity.EntityKind;
import org.cxworkbench.api.entity.EntityKindService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.BacklogItem;
import org.cxworkbench.model.CxStrategyPackage.Literals;
import org.cxworkbench.model.Strategy;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.osgi.service.component.annotations.Component;

/**
 * {@code cxw backlog add|list|show|update|remove}: the improvement backlog, e.g.
 * {@code cxw backlog add acme.cxs --name "Ask the service team what slows them down" --priority 2}. Items
 * proposed by {@code cxw optimise --accept} carry the alert that raised them as trigger.
 */
@Component(service = EntityKind.class)
@EntityKindService(noun = "backlog")
public final class BacklogKind implements EntityKind {

    /** The trigger of items typed in by users. */
    public static final String MANUAL = "manual";

    @Override
    public String noun() {
        return "backlog";
    }

    @Override
    public EClass eClass() {
        return Literals.BACKLOG_ITEM;
    }

    @Override
    public WorkflowStep step() {
        return WorkflowStep.OPTIMISE;
    }

    @Override
    public EReference defaultContainer() {
        return Literals.STRATEGY__BACKLOG;
    }

    @Override
    public List<EStructuralFeature> listColumns() {
        return List.of(Literals.BACKLOG_ITEM__PRIORITY, Literals.NAMED__NAME, Literals.BACKLOG_ITEM__STATUS,
                Literals.BACKLOG_ITEM__TRIGGER, Literals.BACKLOG_ITEM__CREATED_PERIOD);
    }

    @Override
    public Set<EStructuralFeature> readOnly() {
        return Set.of(Literals.BACKLOG_ITEM__TRIGGER);
    }

    /** Items need a name and a priority of at least 1; trigger and creation period are filled in. */
    @Override
    public void afterChange(EObject element) {
        BacklogItem item = (BacklogItem) element;
        if (item.getName() == null || item.getName().isBlank()) {
            throw new IllegalArgumentException(item.getId() + ": a backlog item needs --name (what to change)");
        }
        if (item.getPriority() < 0) {
            throw new IllegalArgumentException(item.getId() + ": priority " + item.getPriority()
                    + " must be 1 (highest) or more");
        }
        if (item.getTrigger() == null || item.getTrigger().isBlank()) {
            item.setTrigger(MANUAL);
        }
        if ((item.getCreatedPeriod() == null || item.getCreatedPeriod().isBlank())
                && item.eContainer() instanceof Strategy strategy) {
            item.setCreatedPeriod(strategy.getCurrentPeriod());
        }
    }
}
