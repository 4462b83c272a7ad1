package org.cxworkbench.api.rules;

import org.cxworkbench.model.Strategy;
import org.osgi.annotation.versioning.ProviderType;

/** Runs every registered {@link StepRule} over a strategy and tells where each step stands. */
@ProviderType
public interface WorkflowService {

    /** Evaluates all rules; rules that throw are reported in {@link WorkflowReport#failures()}. */
    WorkflowReport evaluate(Strategy strategy);
}
