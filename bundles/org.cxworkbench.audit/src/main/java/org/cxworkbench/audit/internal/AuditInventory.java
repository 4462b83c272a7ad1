package org.cxworkbench.audit.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.Touchpoint;

/**
 * The channel inventory: every touchpoint's audit up to a period, grouped by channel and journey stage.
 *
 * @param period the last period included, or {@code null} for all
 * @param touchpoints the audits, ordered by channel, stage and name
 */
record AuditInventory(String period, List<TouchpointAudit> touchpoints) {

    static AuditInventory of(Strategy strategy, String period) {
        List<TouchpointAudit> audits = new ArrayList<>();
        for (Touchpoint touchpoint : strategy.getTouchpoints()) {
            audits.add(TouchpointAudit.of(touchpoint, period));
        }
        audits.sort(Comparator.comparing((TouchpointAudit a) -> a.touchpoint().getChannel() == null ? Integer.MAX_VALUE
                : a.touchpoint().getChannel().getValue()).thenComparing(TouchpointAudit::stage)
                .thenComparing(TouchpointAudit::name));
        return new AuditInventory(period, audits);
    }

    /** Every period with a rating, oldest first. */
    List<String> ratedPeriods() {
        TreeMap<String, Boolean> periods = new TreeMap<>(AuditPeriods.ORDER);
        touchpoints.forEach(t -> t.ratingsByPeriod().keySet().forEach(p -> periods.put(p, true)));
        return new ArrayList<>(periods.keySet());
    }

    /** The average rating of all touchpoints rated in each period, oldest first. */
    Map<String, Double> averageByPeriod() {
        Map<String, Double> averages = new LinkedHashMap<>();
        for (String period : ratedPeriods()) {
            averages.put(period, touchpoints.stream().filter(t -> t.ratingsByPeriod().containsKey(period))
                    .mapToDouble(t -> t.ratingsByPeriod().get(period)).average().orElse(Double.NaN));
        }
        return averages;
    }

    /** The number of distinct channels. */
    long channels() {
        return touchpoints.stream().map(TouchpointAudit::channel).distinct().count();
    }
}
