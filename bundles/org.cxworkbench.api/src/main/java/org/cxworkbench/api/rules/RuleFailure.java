package org.cxworkbench.api.rules;

/**
 * A rule that threw instead of answering. It was skipped; the other rules ran.
 *
 * @param ruleId the rule id
 * @param bundle the symbolic name of the bundle that registered it
 * @param reason the exception's message
 */
public record RuleFailure(String ruleId, String bundle, String reason) {
}
