package org.cxworkbench.competitors.internal.entities;

import java.util.List;

import org.cxworkbench.api.entity.EntityKind;
import org.cxworkbench.api.entity.EntityKindService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.CompetitorFinding;
import org.cxworkbench.model.CxStrategyPackage.Literals;
import org.cxworkbench.model.FindingKind;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.osgi.service.component.annotations.Component;

/**
 * {@code cxw finding ...}: competitive research of step 4: positive and negative reviews, the FAQ page,
 * the chatbot, a mystery-shop (fake service request) with the request, the hours until the answer and its
 * quality 1-5, social activity.
 */
@Component(service = EntityKind.class)
@EntityKindService(noun = "finding")
public final class CompetitorFindingKind implements EntityKind {

    @Override
    public String noun() {
        return "finding";
    }

    @Override
    public EClass eClass() {
        return Literals.COMPETITOR_FINDING;
    }

    @Override
    public WorkflowStep step() {
        return WorkflowStep.RESEARCH;
    }

    @Override
    public EReference defaultContainer() {
        return Literals.STRATEGY__FINDINGS;
    }

    @Override
    public List<EStructuralFeature> listColumns() {
        return List.of(Literals.COMPETITOR_FINDING__COMPETITOR, Literals.COMPETITOR_FINDING__KIND,
                Literals.COMPETITOR_FINDING__TEXT, Literals.COMPETITOR_FINDING__QUALITY,
                Literals.COMPETITOR_FINDING__RESPONSE_HOURS);
    }

    @Override
    public void afterChange(EObject element) {
        CompetitorFinding finding = (CompetitorFinding) element;
        String name = ElementLabel.of("finding", finding);
        if (finding.getCompetitor() == null) {
            throw new IllegalArgumentException(name + " needs the competitor it is about (--competitor)");
        }
        if (finding.isSetQuality() && (finding.getQuality() < 1 || finding.getQuality() > 5)) {
            throw new IllegalArgumentException(name + ": quality " + finding.getQuality()
                    + " is outside 1 (poor) .. 5 (excellent)");
        }
        if (finding.isSetResponseHours()
                && (Double.isNaN(finding.getResponseHours()) || finding.getResponseHours() < 0)) {
            throw new IllegalArgumentException(name + ": response hours " + finding.getResponseHours()
                    + " must be 0 or more");
        }
        if (finding.isSetResponseHours() && finding.getKind() != FindingKind.MYSTERY_SHOP) {
            throw new IllegalArgumentException(name + ": response hours are for MYSTERY_SHOP findings, this one is "
                    + finding.getKind());
        }
        IsoDate.requireValidIfSet(finding.getDate(), name);
    }
}
