package org.cxworkbench.api.rules;

import java.util.List;

import org.cxworkbench.model.Strategy;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A check of one workflow step, registered as a whiteboard service with {@link StepRuleService}.
 * {@code cxw status} and {@code cxw validate} run every registered rule; plugins add their own.
 *
 * <p>A rule must not change the strategy. A rule that throws is reported with its id and bundle and
 * skipped; the other rules still run.
 */
@ConsumerType
public interface StepRule {

    /** Service property: the step number, 1 to 9. */
    String STEP = "cxw.rule.step";

    /** Service property: the rule id, unique across all rules (e.g. {@code goals.smart}). */
    String ID = "cxw.rule.id";

    /** Checks the strategy and returns what it found; an empty list means the rule is satisfied. */
    List<Finding> check(Strategy strategy);
}
