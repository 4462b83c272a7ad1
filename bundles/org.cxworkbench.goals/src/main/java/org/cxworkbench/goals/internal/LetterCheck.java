package org.cxworkbench.goals.internal;

import org.cxworkbench.api.goals.SmartResult;
import org.cxworkbench.model.SmartCriterion;

/**
 * The SMART check of one goal for one letter, with the command that fixes a failure.
 *
 * @param criterion the letter
 * @param passed whether the goal meets it
 * @param reason why, in words a person can act on
 * @param action a concrete {@code cxw} command line that resolves a failure, {@code null} when passed
 */
record LetterCheck(SmartCriterion criterion, boolean passed, String reason, String action) {

    static LetterCheck pass(SmartCriterion criterion, String reason) {
        return new LetterCheck(criterion, true, reason, null);
    }

    static LetterCheck fail(SmartCriterion criterion, String reason, String action) {
        return new LetterCheck(criterion, false, reason, action);
    }

    SmartResult toResult() {
        return new SmartResult(criterion, passed, reason);
    }

    /** The letter and its name: {@code A (achievable)}. */
    static String title(SmartCriterion criterion) {
        return criterion.getName().charAt(0) + " (" + criterion.getName().toLowerCase().replace('_', '-') + ")";
    }
}
