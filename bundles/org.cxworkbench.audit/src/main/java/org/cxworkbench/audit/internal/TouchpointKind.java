package org.cxworkbench.audit.internal;

import java.util.List;
import java.util.Set;

import org.cxworkbench.api.entity.EntityKind;
import org.cxworkbench.api.entity.EntityKindService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.CxStrategyPackage.Literals;
import org.cxworkbench.model.Touchpoint;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.osgi.service.component.annotations.Component;

/** {@code cxw touchpoint add|list|show|update|remove}: the places customers interact with the brand. */
@Component(service = EntityKind.class)
@EntityKindService(noun = "touchpoint")
public final class TouchpointKind implements EntityKind {

    @Override
    public String noun() {
        return "touchpoint";
    }

    @Override
    public EClass eClass() {
        return Literals.TOUCHPOINT;
    }

    @Override
    public WorkflowStep step() {
        return WorkflowStep.AUDIT;
    }

    @Override
    public EReference defaultContainer() {
        return Literals.STRATEGY__TOUCHPOINTS;
    }

    @Override
    public List<EStructuralFeature> listColumns() {
        return List.of(Literals.NAMED__NAME, Literals.TOUCHPOINT__CHANNEL, Literals.TOUCHPOINT__STAGE,
                Literals.TOUCHPOINT__OWNER);
    }

    /** Ratings and notes are edited with {@code cxw rating} and {@code cxw note}. */
    @Override
    public Set<EStructuralFeature> readOnly() {
        return Set.of(Literals.TOUCHPOINT__RATINGS, Literals.TOUCHPOINT__NOTES);
    }

    @Override
    public void afterChange(EObject element) {
        Touchpoint touchpoint = (Touchpoint) element;
        if (touchpoint.getName() == null || touchpoint.getName().isBlank()) {
            throw new IllegalArgumentException("a touchpoint needs a name: --name \"Mobile app\"");
        }
    }
}
