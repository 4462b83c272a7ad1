package org.cxworkbench.competitors.internal.entities;

import java.util.List;

import org.cxworkbench.api.entity.EntityKind;
import org.cxworkbench.api.entity.EntityKindService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.Competitor;
import org.cxworkbench.model.CxStrategyPackage.Literals;
import org.cxworkbench.model.Strategy;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.osgi.service.component.annotations.Component;

/** {@code cxw competitor ...}: the direct and indirect competitors found in step 3. */
@Component(service = EntityKind.class)
@EntityKindService(noun = "competitor")
public final class CompetitorKind implements EntityKind {

    @Override
    public String noun() {
        return "competitor";
    }

    @Override
    public EClass eClass() {
        return Literals.COMPETITOR;
    }

    @Override
    public WorkflowStep step() {
        return WorkflowStep.COMPETITORS;
    }

    @Override
    public EReference defaultContainer() {
        return Literals.STRATEGY__COMPETITORS;
    }

    @Override
    public List<EStructuralFeature> listColumns() {
        return List.of(Literals.NAMED__NAME, Literals.COMPETITOR__DIRECT, Literals.COMPETITOR__WEBSITE);
    }

    @Override
    public void afterChange(EObject element) {
        Competitor competitor = (Competitor) element;
        if (competitor.getName() == null || competitor.getName().isBlank()) {
            throw new IllegalArgumentException(ElementLabel.of("competitor", competitor) + " needs a name (--name)");
        }
        competitor.setName(competitor.getName().strip());
        if (competitor.eContainer() instanceof Strategy strategy) {
            for (Competitor other : strategy.getCompetitors()) {
                if (other != competitor && competitor.getName().equalsIgnoreCase(other.getName())) {
                    throw new IllegalArgumentException("competitor '" + competitor.getName() + "' already exists as "
                            + other.getId());
                }
            }
        }
    }
}
