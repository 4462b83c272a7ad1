package org.cxworkbench.journeys.internal.links;

import java.util.List;

import org.cxworkbench.model.PainPoint;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.Tactic;

/** Which tactics of step 6 address a pain point (they list it in {@code Tactic.painPoints}). */
public final class PainPointTactics {

    private PainPointTactics() {
    }

    /** The tactics addressing the pain point, in file order. */
    public static List<Tactic> of(Strategy strategy, PainPoint pain) {
        return strategy.getTactics().stream().filter(t -> t.getPainPoints().contains(pain)).toList();
    }
}
