package org.cxworkbench.audit.internal;

import java.util.List;
import java.util.Set;

import org.cxworkbench.api.entity.EntityKind;
import org.cxworkbench.api.entity.EntityKindService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.CxStrategyPackage.Literals;
import org.cxworkbench.model.SwotItem;
import org.cxworkbench.model.SwotSubject;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.osgi.service.component.annotations.Component;

/**
 * {@code cxw swot add FILE --quadrant STRENGTH --text "..."}: SWOT items of the own customer experience (the
 * default) or, with {@code --subject-kind COMPETITOR --competitor ID}, of a competitor.
 */
@Component(service = EntityKind.class)
@EntityKindService(noun = "swot")
public final class SwotKind implements EntityKind {

    @Override
    public String noun() {
        return "swot";
    }

    @Override
    public EClass eClass() {
        return Literals.SWOT_ITEM;
    }

    @Override
    public WorkflowStep step() {
        return WorkflowStep.AUDIT;
    }

    @Override
    public EReference defaultContainer() {
        return Literals.STRATEGY__SWOT_ITEMS;
    }

    @Override
    public List<EStructuralFeature> listColumns() {
        return List.of(Literals.SWOT_ITEM__QUADRANT, Literals.SWOT_ITEM__TEXT, Literals.SWOT_ITEM__SUBJECT_KIND,
                Literals.SWOT_ITEM__COMPETITOR, Literals.SWOT_ITEM__SUGGESTED);
    }

    /** Whether an item came from {@code cxw swot-suggest} is recorded by that command. */
    @Override
    public Set<EStructuralFeature> readOnly() {
        return Set.of(Literals.SWOT_ITEM__SUGGESTED);
    }

    @Override
    public void afterChange(EObject element) {
        SwotItem item = (SwotItem) element;
        if (item.getText() == null || item.getText().isBlank()) {
            throw new IllegalArgumentException("a SWOT item needs its text: --text \"Fast, friendly phone support\"");
        }
        if (item.getSubjectKind() == SwotSubject.COMPETITOR && item.getCompetitor() == null) {
            throw new IllegalArgumentException("a competitor's SWOT item needs --competitor ID");
        }
        if (item.getSubjectKind() == SwotSubject.OWN_CX && item.getCompetitor() != null) {
            throw new IllegalArgumentException("an item of the own customer experience names no competitor; use "
                    + "--subject-kind COMPETITOR to describe " + item.getCompetitor().getName());
        }
    }
}
