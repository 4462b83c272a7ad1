package org.cxworkbench.audit.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.cxworkbench.api.rules.Finding;
import org.cxworkbench.api.rules.StepRule;
import org.cxworkbench.api.rules.StepRuleService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.SwotItem;
import org.cxworkbench.model.SwotQuadrant;
import org.cxworkbench.model.SwotSubject;
import org.osgi.service.component.annotations.Component;

/**
 * The audit ends in a SWOT of the own customer experience: without a strength or a weakness the step is not done;
 * a missing opportunity or threat is a warning. Before any touchpoint is charted only {@link TouchpointsPresentRule}
 * speaks.
 */
@Component(service = StepRule.class)
@StepRuleService(step = 2, id = SwotQuadrantsRule.ID)
public final class SwotQuadrantsRule implements StepRule {

    static final String ID = "audit.swot";

    @Override
    public List<Finding> check(Strategy strategy) {
        if (strategy.getTouchpoints().isEmpty()) {
            return List.of(); // the SWOT rests on the audit; audit.touchpoints asks for touchpoints first
        }
        Set<SwotQuadrant> present = EnumSet.noneOf(SwotQuadrant.class);
        for (SwotItem item : strategy.getSwotItems()) {
            if (item.getSubjectKind() == SwotSubject.OWN_CX && item.getText() != null && !item.getText().isBlank()) {
                present.add(item.getQuadrant());
            }
        }
        List<SwotSuggestion> suggestions = SwotSuggester.newOnly(strategy,
                new SwotSuggester(SwotSuggester.DEFAULT_PAIN_FREQUENCY).suggest(AuditInventory.of(strategy, null)));
        List<Finding> findings = new ArrayList<>();
        for (SwotQuadrant quadrant : SwotQuadrant.values()) {
            if (present.contains(quadrant)) {
                continue;
            }
            String name = quadrant.getName().toLowerCase();
            boolean suggestible = suggestions.stream().anyMatch(s -> s.quadrant() == quadrant);
            String action = suggestible ? "cxw swot-suggest FILE --accept"
                    : "cxw swot add FILE --quadrant " + quadrant.getName() + " --text \"...\"";
            String message = "the SWOT of your own customer experience has no " + name
                    + (suggestible ? " (the audit suggests some)" : "");
            if (quadrant == SwotQuadrant.STRENGTH || quadrant == SwotQuadrant.WEAKNESS) {
                findings.add(Finding.error(WorkflowStep.AUDIT, ID, null, message, action));
            } else {
                findings.add(Finding.warning(WorkflowStep.AUDIT, ID, null, message, action));
            }
        }
        return findings;
    }
}
