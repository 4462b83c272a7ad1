package org.cxworkbench.survey.internal;

import java.util.Locale;
import java.util.Optional;

import org.cxworkbench.model.CxStrategyFactory;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.KpiKind;

/**
 * The default survey KPI definitions of {@code kpi-definitions.md}, version 1, added to a strategy by an
 * import that maps answers to NPS, CSAT or CES when the strategy does not define them yet.
 */
final class DefaultKpiDefinitions {

    private DefaultKpiDefinitions() {
    }

    /** A new default definition for {@code code} (NPS, CSAT or CES, any case), if it is one of them. */
    static Optional<KpiDefinition> create(String code) {
        KpiDefinition d = CxStrategyFactory.eINSTANCE.createKpiDefinition();
        d.setVersion(1);
        d.setHigherIsBetter(true);
        switch (code.toUpperCase(Locale.ROOT)) {
            case "NPS" -> {
                d.setCode("NPS");
                d.setName("Net Promoter Score");
                d.setKind(KpiKind.NPS);
                d.setQuestion("How likely is it that you would recommend us to a friend or colleague?");
                d.setScaleMin(0);
                d.setScaleMax(10);
                d.setPromoterMin(9);
                d.setDetractorMax(6);
                d.setUnit("points");
                d.setFormula("% promoters (9-10) - % detractors (0-6); passives 7-8; from -100 to +100");
            }
            case "CSAT" -> {
                d.setCode("CSAT");
                d.setName("Customer Satisfaction");
                d.setKind(KpiKind.CSAT);
                d.setQuestion("How satisfied were you with your experience?");
                d.setScaleMin(1);
                d.setScaleMax(5);
                d.setTopBoxMin(4);
                d.setUnit("%");
                d.setFormula("% of answers in the top two boxes (4-5 on 1-5); the mean is also reported");
            }
            case "CES" -> {
                d.setCode("CES");
                d.setName("Customer Effort Score");
                d.setKind(KpiKind.CES);
                d.setQuestion("How easy was it to get what you needed?");
                d.setScaleMin(1);
                d.setScaleMax(7);
                d.setUnit("score");
                d.setFormula("mean score on 1-7, 7 = very easy (CES 2.0 'how easy' wording); higher is better");
            }
            default -> {
                return Optional.empty();
            }
        }
        return Optional.of(d);
    }
}
