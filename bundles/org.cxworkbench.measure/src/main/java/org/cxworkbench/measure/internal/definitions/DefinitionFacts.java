package org.cxworkbench.measure.internal.definitions;

import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.KpiKind;

/** Plain-English facts about a definition for the command line: its scale and its buckets. */
public final class DefinitionFacts {

    private DefinitionFacts() {
    }

    /** Whether the kind is answered on a rating scale. */
    public static boolean isRating(KpiKind kind) {
        return kind == KpiKind.NPS || kind == KpiKind.CSAT || kind == KpiKind.CES || kind == KpiKind.CUSTOM_RATING
                || kind == KpiKind.YES_NO;
    }

    /** The answer scale, e.g. {@code 0-10}, or {@code ""} for kinds without one. */
    public static String scale(KpiDefinition d) {
        if (d.getKind() == KpiKind.YES_NO) {
            return "yes/no";
        }
        return isRating(d.getKind()) ? d.getScaleMin() + "-" + d.getScaleMax() : "";
    }

    /** The buckets, e.g. {@code promoters 9-10, passives 7-8, detractors 0-6}, or {@code ""}. */
    public static String buckets(KpiDefinition d) {
        if (d.getKind() == KpiKind.NPS) {
            int promoterMin = d.isSetPromoterMin() ? d.getPromoterMin() : 9;
            int detractorMax = d.isSetDetractorMax() ? d.getDetractorMax() : 6;
            return "promoters " + promoterMin + "-" + d.getScaleMax() + ", passives " + (detractorMax + 1) + "-"
                    + (promoterMin - 1) + ", detractors " + d.getScaleMin() + "-" + detractorMax;
        }
        if (d.getKind() == KpiKind.CSAT && d.isSetTopBoxMin()) {
            return "top box " + d.getTopBoxMin() + "-" + d.getScaleMax();
        }
        return "";
    }

    /** {@code higher is better} or {@code lower is better}. */
    public static String polarity(KpiDefinition d) {
        return d.isHigherIsBetter() ? "higher is better" : "lower is better";
    }
}
