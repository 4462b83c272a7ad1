package org.cxworkbench.web.internal.uploads;

import java.util.ArrayList;
import java.util.List;

import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.KpiKind;
import org.cxworkbench.model.Strategy;

/**
 * A KPI an answer column can be mapped to: a rating definition of the strategy, or one of the defaults NPS,
 * CSAT and CES that {@code cxw import-survey} adds to the strategy when it lacks them.
 *
 * @param code the code given to {@code --map}
 * @param name the definition's name
 * @param kind NPS, CSAT, CES, CUSTOM_RATING or YES_NO
 * @param scale e.g. {@code 0-10}
 * @param higherIsBetter the polarity
 * @param inStrategy whether the strategy defines it already
 */
public record KpiChoice(String code, String name, String kind, String scale, boolean higherIsBetter,
        boolean inStrategy) {

    private static final List<KpiKind> RATING_KINDS = List.of(KpiKind.NPS, KpiKind.CSAT, KpiKind.CES,
            KpiKind.CUSTOM_RATING, KpiKind.YES_NO);

    /** The choices for a strategy: its rating definitions, then the missing defaults. */
    public static List<KpiChoice> of(Strategy strategy) {
        List<KpiChoice> choices = new ArrayList<>();
        for (KpiDefinition d : strategy.getKpiDefinitions()) {
            if (d.getCode() != null && RATING_KINDS.contains(d.getKind())
                    && choices.stream().noneMatch(c -> c.code().equals(d.getCode()))) {
                choices.add(new KpiChoice(d.getCode(), d.getName() == null ? d.getCode() : d.getName(), d.getKind().name(),
                        d.getScaleMin() + "-" + d.getScaleMax(), d.isHigherIsBetter(), true));
            }
        }
        addDefault(choices, new KpiChoice("NPS", "Net Promoter Score", "NPS", "0-10", true, false));
        addDefault(choices, new KpiChoice("CSAT", "Customer Satisfaction", "CSAT", "1-5", true, false));
        addDefault(choices, new KpiChoice("CES", "Customer Effort Score (how easy)", "CES", "1-7", true, false));
        return choices;
    }

    private static void addDefault(List<KpiChoice> choices, KpiChoice choice) {
        if (choices.stream().noneMatch(c -> c.code().equals(choice.code()))) {
            choices.add(choice);
        }
    }
}
