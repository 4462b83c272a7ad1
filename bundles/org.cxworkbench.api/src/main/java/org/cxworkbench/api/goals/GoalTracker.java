package org.cxworkbench.api.goals;

import java.util.List;

import org.cxworkbench.model.Goal;
import org.osgi.annotation.versioning.ProviderType;

/** The SMART check and the progress of goals, provided by the goals bundle. */
@ProviderType
public interface GoalTracker {

    /** Checks the goal letter by letter; the result has one entry per SMART letter, in order. */
    List<SmartResult> smartCheck(Goal goal);

    /** The goal's progress from the strategy's measurements, as of the given period (e.g. 2026-Q3). */
    GoalProgress progress(Goal goal, String period);
}
