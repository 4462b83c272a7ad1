package org.cxworkbench.plan.api;

import java.time.LocalDate;

import org.cxworkbench.model.Strategy;
import org.osgi.annotation.versioning.ProviderType;

/** Builds the implementation plan of a strategy as a timeline, as of a given day. */
@ProviderType
public interface ImplementationPlan {

    /**
     * The plan as of {@code today}: a step is overdue when its due date is before {@code today} and it is
     * neither done nor cancelled; it is unowned when neither the step nor its tactic has an owner.
     */
    PlanTimeline timeline(Strategy strategy, LocalDate today);
}
