package org.cxworkbench.api.goals;

import org.cxworkbench.model.SmartCriterion;

/**
 * The SMART check of one goal for one letter.
 *
 * @param criterion the letter
 * @param passed whether the goal meets it
 * @param reason why, in words a person can act on (what is missing and how to fix it)
 */
public record SmartResult(SmartCriterion criterion, boolean passed, String reason) {
}
