package org.cxworkbench.audit.internal;

import java.util.ArrayList;
import java.util.List;

import org.cxworkbench.api.rules.Finding;
import org.cxworkbench.api.rules.StepRule;
import org.cxworkbench.api.rules.StepRuleService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.Touchpoint;
import org.cxworkbench.model.TouchpointRating;
import org.osgi.service.component.annotations.Component;

/**
 * Every touchpoint is rated, and every rating is valid: a score from 1 to 5 and a period like 2026-Q3 or 2026-09.
 */
@Component(service = StepRule.class)
@StepRuleService(step = 2, id = TouchpointRatingRule.ID)
public final class TouchpointRatingRule implements StepRule {

    static final String ID = "audit.ratings";

    @Override
    public List<Finding> check(Strategy strategy) {
        String period = AuditPeriods.isPeriod(strategy.getCurrentPeriod()) ? strategy.getCurrentPeriod() : "2026-Q3";
        List<Finding> findings = new ArrayList<>();
        for (Touchpoint touchpoint : strategy.getTouchpoints()) {
            String label = Labels.of(touchpoint);
            if (touchpoint.getRatings().isEmpty()) {
                findings.add(Finding.error(WorkflowStep.AUDIT, ID, touchpoint.getId(), "touchpoint " + label
                        + " has no rating: rate it from 1 (poor) to 5 (excellent)", "cxw rating add FILE --touchpoint "
                                + touchpoint.getId() + " --period " + period + " --score SCORE"));
            }
            for (TouchpointRating rating : touchpoint.getRatings()) {
                String in = rating.getPeriod() == null ? "" : " in " + rating.getPeriod();
                if (!rating.isSetScore()) {
                    findings.add(Finding.error(WorkflowStep.AUDIT, ID, rating.getId(), "touchpoint " + label
                            + ": the rating " + rating.getId() + in + " has no score", "cxw rating update FILE "
                                    + rating.getId() + " --score SCORE"));
                } else if (!RatingScale.contains(rating.getScore())) {
                    findings.add(Finding.error(WorkflowStep.AUDIT, ID, rating.getId(), "touchpoint " + label
                            + ": the rating " + rating.getId() + in + " is " + RatingScale.format(rating.getScore())
                            + ", outside the scale 1 (poor) to 5 (excellent)", "cxw rating update FILE "
                                    + rating.getId() + " --score SCORE"));
                }
                if (!AuditPeriods.isPeriod(rating.getPeriod())) {
                    findings.add(Finding.error(WorkflowStep.AUDIT, ID, rating.getId(), "touchpoint " + label
                            + ": the rating " + rating.getId() + (rating.getPeriod() == null ? " has no period"
                                    : " has the period '" + rating.getPeriod() + "'")
                            + ", not a period like 2026-Q3 or 2026-09", "cxw rating update FILE " + rating.getId()
                                    + " --period " + period));
                }
            }
        }
        return findings;
    }
}
