package org.cxworkbench.audit.internal;

import java.util.List;
import java.util.Map;

import org.cxworkbench.api.entity.EntityKind;
import org.cxworkbench.api.entity.EntityKindService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.CxStrategyPackage.Literals;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.TouchpointRating;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.osgi.service.component.annotations.Component;

/**
 * {@code cxw rating add FILE --touchpoint ID --period 2026-Q3 --score 4}: a rating of a touchpoint in one period on
 * the 1 (poor) to 5 (excellent) scale. The period defaults to the strategy's current period.
 */
@Component(service = EntityKind.class)
@EntityKindService(noun = "rating")
public final class RatingKind implements EntityKind {

    @Override
    public String noun() {
        return "rating";
    }

    @Override
    public EClass eClass() {
        return Literals.TOUCHPOINT_RATING;
    }

    @Override
    public WorkflowStep step() {
        return WorkflowStep.AUDIT;
    }

    /** A rating needs its touchpoint: {@code --touchpoint ID}. */
    @Override
    public EReference defaultContainer() {
        return null;
    }

    @Override
    public Map<String, EReference> parentOptions() {
        return Map.of("--touchpoint", Literals.TOUCHPOINT__RATINGS);
    }

    @Override
    public List<EStructuralFeature> listColumns() {
        return List.of(Literals.TOUCHPOINT_RATING__PERIOD, Literals.TOUCHPOINT_RATING__SCORE,
                Literals.TOUCHPOINT_RATING__RATED_BY, Literals.TOUCHPOINT_RATING__COMMENT);
    }

    @Override
    public void afterChange(EObject element) {
        TouchpointRating rating = (TouchpointRating) element;
        if (!rating.isSetScore()) {
            throw new IllegalArgumentException("a rating needs a score from 1 (poor) to 5 (excellent): --score 4");
        }
        if (!RatingScale.contains(rating.getScore())) {
            throw new IllegalArgumentException("--score " + RatingScale.format(rating.getScore())
                    + " is outside the rating scale 1 (poor) to 5 (excellent)");
        }
        if ((rating.getPeriod() == null || rating.getPeriod().isBlank())
                && EcoreUtil.getRootContainer(rating) instanceof Strategy strategy
                && AuditPeriods.isPeriod(strategy.getCurrentPeriod())) {
            rating.setPeriod(strategy.getCurrentPeriod());
        }
        if (!AuditPeriods.isPeriod(rating.getPeriod())) {
            throw new IllegalArgumentException("--period " + rating.getPeriod() + " is not a period like 2026-Q3 or "
                    + "2026-09" + (rating.getPeriod() == null ? " (the strategy has no current period to default to)" : ""));
        }
    }
}
