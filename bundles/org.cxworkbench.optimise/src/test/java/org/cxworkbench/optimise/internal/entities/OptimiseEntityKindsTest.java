package org.cxworkbench.optimise.internal.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cxworkbench.model.BacklogItem;
import org.cxworkbench.model.CxStrategyPackage.Literals;
import org.cxworkbench.model.OptimisationReview;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.optimise.fixtures.OptimiseSeeds;
import org.junit.jupiter.api.Test;

class OptimiseEntityKindsTest {

    @Test
    void aTypedInBacklogItemIsManualAndBelongsToTheCurrentPeriod() {
        Strategy s = OptimiseSeeds.strategy();
        BacklogItem item = OptimiseSeeds.F.createBacklogItem();
        item.setId("backlog-item-1");
        item.setName("Ask the service team what slows them down");
        s.getBacklog().add(item);

        BacklogKind kind = new BacklogKind();
        kind.afterChange(item);

        assertEquals("manual", item.getTrigger());
        assertEquals("2026-Q3", item.getCreatedPeriod());
        assertEquals(Literals.STRATEGY__BACKLOG, kind.defaultContainer());
        assertTrue(kind.readOnly().contains(Literals.BACKLOG_ITEM__TRIGGER));

        item.setName(" ");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> kind.afterChange(item));
        assertTrue(e.getMessage().startsWith("backlog-item-1: a backlog item needs --name"));
    }

    @Test
    void aReviewDefaultsToTheCurrentPeriodAndRefusesBadDates() {
        Strategy s = OptimiseSeeds.strategy();
        OptimisationReview review = OptimiseSeeds.review(s, "optimisation-review-1", null, "Launch the chatbot");
        ReviewKind kind = new ReviewKind();

        kind.afterChange(review);
        assertEquals("2026-Q3", review.getPeriod());

        review.setDate("28/09/2026");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> kind.afterChange(review));
        assertEquals("optimisation-review-1: date '28/09/2026' is not a date like 2026-09-28 (yyyy-MM-dd)", e.getMessage());

        review.setDate("2026-09-28");
        review.setPeriod("third quarter");
        assertThrows(IllegalArgumentException.class, () -> kind.afterChange(review));
    }
}
