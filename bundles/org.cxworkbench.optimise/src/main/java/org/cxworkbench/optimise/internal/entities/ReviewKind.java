package org.cxworkbench.optimise.internal.entities;

import java.util.List;

import org.cxworkbench.api.entity.EntityKind;
import org.cxworkbench.api.entity.EntityKindService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.CxStrategyPackage.Literals;
import org.cxworkbench.model.OptimisationReview;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.plan.api.IsoDate;
import org.cxworkbench.plan.api.ReportingPeriod;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.osgi.service.component.annotations.Component;

/**
 * {@code cxw review add|list|show|update|remove}: the optimisation review of each period, e.g.
 * {@code cxw review add acme.cxs --period 2026-Q3 --date 2026-09-28 --inputs "service team check-in"
 * --findings "agents spend the morning on password resets" --decisions "add password reset to the chatbot"}.
 */
@Component(service = EntityKind.class)
@EntityKindService(noun = "review")
public final class ReviewKind implements EntityKind {

    @Override
    public String noun() {
        return "review";
    }

    @Override
    public EClass eClass() {
        return Literals.OPTIMISATION_REVIEW;
    }

    @Override
    public WorkflowStep step() {
        return WorkflowStep.OPTIMISE;
    }

    @Override
    public EReference defaultContainer() {
        return Literals.STRATEGY__REVIEWS;
    }

    @Override
    public List<EStructuralFeature> listColumns() {
        return List.of(Literals.OPTIMISATION_REVIEW__PERIOD, Literals.OPTIMISATION_REVIEW__DATE,
                Literals.OPTIMISATION_REVIEW__PARTICIPANTS, Literals.OPTIMISATION_REVIEW__DECISIONS);
    }

    /** The period defaults to the strategy's current period; period and date must be well formed. */
    @Override
    public void afterChange(EObject element) {
        OptimisationReview review = (OptimisationReview) element;
        if ((review.getPeriod() == null || review.getPeriod().isBlank()) && review.eContainer() instanceof Strategy s) {
            review.setPeriod(s.getCurrentPeriod());
        }
        if (review.getPeriod() == null || !ReportingPeriod.isValid(review.getPeriod())) {
            throw new IllegalArgumentException(review.getId() + ": period '" + review.getPeriod()
                    + "' is not a period like 2026-Q3 or 2026-09 (give --period)");
        }
        if (!IsoDate.isBlankOrValid(review.getDate())) {
            throw new IllegalArgumentException(review.getId() + ": date '" + review.getDate()
                    + "' is not a date like 2026-09-28 (yyyy-MM-dd)");
        }
    }
}
