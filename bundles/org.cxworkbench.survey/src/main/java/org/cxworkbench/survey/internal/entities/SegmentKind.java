package org.cxworkbench.survey.internal.entities;

import java.util.List;

import org.cxworkbench.api.entity.EntityKind;
import org.cxworkbench.api.entity.EntityKindService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.CxStrategyPackage.Literals;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.osgi.service.component.annotations.Component;

/**
 * {@code cxw segment add|list|show|update|remove}: the segment dimensions KPIs are broken down by (the
 * {@code --by} of {@code cxw kpi}), e.g. {@code cxw segment add acme.cxs --name region --column Region}.
 */
@Component(service = EntityKind.class)
@EntityKindService(noun = "segment")
public final class SegmentKind implements EntityKind {

    @Override
    public String noun() {
        return "segment";
    }

    @Override
    public EClass eClass() {
        return Literals.SEGMENT_DEFINITION;
    }

    @Override
    public WorkflowStep step() {
        return WorkflowStep.MEASURE;
    }

    @Override
    public EReference defaultContainer() {
        return Literals.STRATEGY__SEGMENTS;
    }

    @Override
    public List<EStructuralFeature> listColumns() {
        return List.of(Literals.NAMED__NAME, Literals.SEGMENT_DEFINITION__COLUMN);
    }
}
