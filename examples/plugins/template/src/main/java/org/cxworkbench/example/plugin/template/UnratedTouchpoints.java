package org.cxworkbench.example.plugin.template;

import java.util.List;

import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.Touchpoint;

/** Finds the touchpoints that have no rating for the strategy's current period. */
final class UnratedTouchpoints {

    private UnratedTouchpoints() {
    }

    static List<Touchpoint> of(Strategy strategy) {
        String period = strategy.getCurrentPeriod();
        return strategy.getTouchpoints().stream()
                .filter(t -> t.getRatings().stream().noneMatch(r -> period != null && period.equals(r.getPeriod())))
                .toList();
    }
}
