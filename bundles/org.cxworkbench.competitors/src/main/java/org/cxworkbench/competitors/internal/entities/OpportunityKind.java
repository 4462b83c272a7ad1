package org.cxworkbench.competitors.internal.entities;

import java.util.List;

import org.cxworkbench.api.entity.EntityKind;
import org.cxworkbench.api.entity.EntityKindService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.CxStrategyPackage.Literals;
import org.cxworkbench.model.Opportunity;
import org.cxworkbench.model.SwotItem;
import org.cxworkbench.model.SwotQuadrant;
import org.cxworkbench.model.SwotSubject;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.osgi.service.component.annotations.Component;

/**
 * {@code cxw opportunity ...}: gaps in the marketplace or in our own experience that tactics can exploit.
 * {@code cxw gap-analysis FILE --accept} adds them from the SWOT; they can also be added by hand. The SWOT
 * links must point at the right side and quadrant (their weakness = a competitor's weakness, and so on).
 */
@Component(service = EntityKind.class)
@EntityKindService(noun = "opportunity")
public final class OpportunityKind implements EntityKind {

    @Override
    public String noun() {
        return "opportunity";
    }

    @Override
    public EClass eClass() {
        return Literals.OPPORTUNITY;
    }

    @Override
    public WorkflowStep step() {
        return WorkflowStep.RESEARCH;
    }

    @Override
    public EReference defaultContainer() {
        return Literals.STRATEGY__OPPORTUNITIES;
    }

    @Override
    public List<EStructuralFeature> listColumns() {
        return List.of(Literals.NAMED__NAME, Literals.OPPORTUNITY__SOURCE, Literals.OPPORTUNITY__STATUS);
    }

    @Override
    public void afterChange(EObject element) {
        Opportunity opportunity = (Opportunity) element;
        String name = ElementLabel.of("opportunity", opportunity);
        if (opportunity.getName() == null || opportunity.getName().isBlank()) {
            throw new IllegalArgumentException(name + " needs a name saying what to do (--name)");
        }
        check(name, "their weakness", opportunity.getTheirWeakness(), SwotSubject.COMPETITOR, SwotQuadrant.WEAKNESS);
        check(name, "their strength", opportunity.getTheirStrength(), SwotSubject.COMPETITOR, SwotQuadrant.STRENGTH);
        check(name, "our strength", opportunity.getOurStrength(), SwotSubject.OWN_CX, SwotQuadrant.STRENGTH);
        check(name, "our weakness", opportunity.getOurWeakness(), SwotSubject.OWN_CX, SwotQuadrant.WEAKNESS);
    }

    private static void check(String name, String link, SwotItem item, SwotSubject subject, SwotQuadrant quadrant) {
        if (item != null && (item.getSubjectKind() != subject || item.getQuadrant() != quadrant)) {
            throw new IllegalArgumentException(name + ": " + link + " must be a " + subject + " " + quadrant
                    + " SWOT item, but " + item.getId() + " is a " + item.getSubjectKind() + " " + item.getQuadrant());
        }
    }
}
