package org.cxworkbench.measure.api;

import java.util.List;
import java.util.Optional;

import org.cxworkbench.model.CxStrategyFactory;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.KpiKind;
import org.cxworkbench.model.Strategy;

/**
 * The workbench's KPI definitions (docs: kpi-definitions.md), as fresh, uncontained model objects at
 * version 1. Survey importers use the scale variants ({@link #csat(int)}, {@link #ces(int, boolean)}) and
 * {@link #ensure(Strategy, String)}; the KPI type is always explicit, never guessed from a scale.
 */
public final class KpiDefinitions {

    public static final String NPS = "NPS";
    public static final String CSAT = "CSAT";
    public static final String CES = "CES";
    public static final String CHURN = "CHURN";
    public static final String RETENTION = "RETENTION";
    public static final String RESPONSE_TIME = "RESPONSE_TIME";
    public static final String RESOLUTION_TIME = "RESOLUTION_TIME";

    /** Below this many answers, tickets or customers a value is reported with a warning. */
    public static final int DEFAULT_MINIMUM_SAMPLE_SIZE = 30;

    /** The version of every definition made here. */
    public static final int VERSION = 1;

    private static final String NPS_QUESTION = "How likely is it that you would recommend us to a friend or colleague?";
    private static final String CSAT_QUESTION = "How satisfied were you with your experience at ...?";
    private static final String CES_EASE_QUESTION = "How easy was it to ...?";
    private static final String CES_EFFORT_QUESTION = "How much effort did you make to ...?";

    private KpiDefinitions() {
    }

    /** The seven default definitions: NPS, CSAT (1-5), CES (1-7, ease), churn, retention, response time, time to resolution. */
    public static List<KpiDefinition> defaults() {
        return List.of(nps(), csat(), ces(), churn(), retention(), responseTime(), resolutionTime());
    }

    /** NPS: 0-10, promoters 9-10, detractors 0-6, passives 7-8; % promoters - % detractors, in points. */
    public static KpiDefinition nps() {
        KpiDefinition d = base(NPS, "Net Promoter Score", KpiKind.NPS, "points", true);
        d.setQuestion(NPS_QUESTION);
        d.setScaleMin(0);
        d.setScaleMax(10);
        d.setPromoterMin(9);
        d.setDetractorMax(6);
        d.setFormula("% promoters (9-10) - % detractors (0-6); passives 7-8; from -100 to +100 points. "
                + "Reported with promoters, passives, detractors, n and the 95 % margin of error "
                + "100 x 1.96 x sqrt((p + d - (p - d)^2) / n), p and d the promoter and detractor fractions");
        return d;
    }

    /** CSAT on the default 1-5 scale, top two boxes 4-5. */
    public static KpiDefinition csat() {
        return csat(5);
    }

    /**
     * CSAT on a 1-5 (top box 4-5, code {@code CSAT}), 1-7 (6-7, code {@code CSAT_1_7}) or 1-10 (9-10,
     * code {@code CSAT_1_10}) scale: the % of answers in the top two boxes; the mean is also reported.
     *
     * @throws IllegalArgumentException for any other scale
     */
    public static KpiDefinition csat(int scaleMax) {
        if (scaleMax != 5 && scaleMax != 7 && scaleMax != 10) {
            throw new IllegalArgumentException("CSAT scales are 1-5, 1-7 or 1-10, not 1-" + scaleMax);
        }
        String code = scaleMax == 5 ? CSAT : CSAT + "_1_" + scaleMax;
        String name = scaleMax == 5 ? "Customer satisfaction (CSAT)" : "Customer satisfaction (CSAT, 1-" + scaleMax + ")";
        KpiDefinition d = base(code, name, KpiKind.CSAT, "%", true);
        int topBoxMin = scaleMax - 1;
        d.setQuestion(CSAT_QUESTION);
        d.setScaleMin(1);
        d.setScaleMax(scaleMax);
        d.setTopBoxMin(topBoxMin);
        d.setFormula("answers of " + topBoxMin + " or " + scaleMax + " (top two boxes of 1-" + scaleMax
                + ") / answers x 100; the mean score is also reported");
        return d;
    }

    /** CES 2.0 on the default 1-7 "how easy" scale, higher is better. */
    public static KpiDefinition ces() {
        return ces(7, true);
    }

    /**
     * CES on a 1-5 or 1-7 scale, as the mean score. With {@code higherIsBetter} the question asks how easy
     * it was (code {@code CES}, or {@code CES_1_5}); without, how much effort it took, 1 = very little
     * effort (code {@code CES_EFFORT} or {@code CES_EFFORT_1_5}).
     *
     * @throws IllegalArgumentException for any other scale
     */
    public static KpiDefinition ces(int scaleMax, boolean higherIsBetter) {
        if (scaleMax != 5 && scaleMax != 7) {
            throw new IllegalArgumentException("CES scales are 1-5 or 1-7, not 1-" + scaleMax);
        }
        String code = (higherIsBetter ? CES : CES + "_EFFORT") + (scaleMax == 7 ? "" : "_1_" + scaleMax);
        String name = higherIsBetter ? "Customer effort score (CES, ease 1-" + scaleMax + ")"
                : "Customer effort score (CES, effort 1-" + scaleMax + ")";
        KpiDefinition d = base(code, name, KpiKind.CES, "score", higherIsBetter);
        d.setQuestion(higherIsBetter ? CES_EASE_QUESTION : CES_EFFORT_QUESTION);
        d.setScaleMin(1);
        d.setScaleMax(scaleMax);
        d.setFormula("mean score (sum of answers / answers) on 1-" + scaleMax + "; "
                + (higherIsBetter ? "1 = very difficult, " + scaleMax + " = very easy, higher is better"
                        : "1 = very little effort, " + scaleMax + " = a lot of effort, lower is better"));
        return d;
    }

    /** Churn rate: churned during period / customers at start x 100, lower is better. */
    public static KpiDefinition churn() {
        KpiDefinition d = base(CHURN, "Churn rate", KpiKind.CHURN, "%", false);
        d.setFormula("churned during period / customers at start x 100. Also reported, labelled: net customer loss "
                + "= (customers at start - customers at end) / customers at start x 100, which hides customers gained");
        return d;
    }

    /** Retention rate: (customers at end - new customers) / customers at start x 100, higher is better. */
    public static KpiDefinition retention() {
        KpiDefinition d = base(RETENTION, "Retention rate", KpiKind.RETENTION, "%", true);
        d.setFormula("(customers at end - new customers in period) / customers at start x 100. Also reported, "
                + "labelled: gross retention (simple) = customers at end / customers at start x 100");
        return d;
    }

    /** Average response time in hours, lower is better. */
    public static KpiDefinition responseTime() {
        KpiDefinition d = base(RESPONSE_TIME, "Average response time", KpiKind.RESPONSE_TIME, "hours", false);
        d.setFormula("mean of (first reply - customer message) in hours; median and p90 (nearest rank, from "
                + "whole minutes) also reported; in business hours when imported with --business-hours");
        return d;
    }

    /** Average time to resolution in hours, lower is better. */
    public static KpiDefinition resolutionTime() {
        KpiDefinition d = base(RESOLUTION_TIME, "Time to resolution", KpiKind.RESOLUTION_TIME, "hours", false);
        d.setFormula("mean of (resolved - opened) in hours; median and p90 (nearest rank, from whole minutes) "
                + "also reported; in business hours when imported with --business-hours");
        return d;
    }

    /** A custom rating question on {@code scaleMin..scaleMax}, reported as its mean. */
    public static KpiDefinition rating(String code, String name, String question, int scaleMin, int scaleMax,
            boolean higherIsBetter) {
        if (scaleMin >= scaleMax) {
            throw new IllegalArgumentException("rating " + code + ": scale " + scaleMin + "-" + scaleMax + " is empty");
        }
        KpiDefinition d = base(code, name, KpiKind.CUSTOM_RATING, "score", higherIsBetter);
        d.setQuestion(question);
        d.setScaleMin(scaleMin);
        d.setScaleMax(scaleMax);
        d.setFormula("mean score (sum of answers / answers) on " + scaleMin + "-" + scaleMax);
        return d;
    }

    /** A yes/no question (answers stored as 1 = yes, 0 = no), reported as the % of yes. */
    public static KpiDefinition yesNo(String code, String name, String question) {
        KpiDefinition d = base(code, name, KpiKind.YES_NO, "%", true);
        d.setQuestion(question);
        d.setScaleMin(0);
        d.setScaleMax(1);
        d.setFormula("answers yes / answers x 100");
        return d;
    }

    /**
     * A fresh definition for a code made here: the seven defaults plus {@code CSAT_1_7}, {@code CSAT_1_10},
     * {@code CES_1_5}, {@code CES_EFFORT} and {@code CES_EFFORT_1_5}.
     */
    public static Optional<KpiDefinition> forCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (code) {
            case NPS -> nps();
            case CSAT -> csat(5);
            case "CSAT_1_7" -> csat(7);
            case "CSAT_1_10" -> csat(10);
            case CES -> ces(7, true);
            case "CES_1_5" -> ces(5, true);
            case "CES_EFFORT" -> ces(7, false);
            case "CES_EFFORT_1_5" -> ces(5, false);
            case CHURN -> churn();
            case RETENTION -> retention();
            case RESPONSE_TIME -> responseTime();
            case RESOLUTION_TIME -> resolutionTime();
            default -> null;
        });
    }

    /** The strategy's definition with this code (the highest version if there are several). */
    public static Optional<KpiDefinition> find(Strategy strategy, String code) {
        KpiDefinition found = null;
        for (KpiDefinition d : strategy.getKpiDefinitions()) {
            if (code.equals(d.getCode()) && (found == null || d.getVersion() > found.getVersion())) {
                found = d;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The strategy's definition with this code; if it has none, the workbench's definition for the code is
     * added to the strategy and returned.
     *
     * @throws IllegalArgumentException if the strategy lacks the code and the workbench does not define it
     */
    public static KpiDefinition ensure(Strategy strategy, String code) {
        return find(strategy, code).orElseGet(() -> {
            KpiDefinition d = forCode(code).orElseThrow(() -> new IllegalArgumentException(
                    "no KPI definition " + code + " in the strategy, and the workbench has no default for it"));
            strategy.getKpiDefinitions().add(d);
            return d;
        });
    }

    private static KpiDefinition base(String code, String name, KpiKind kind, String unit, boolean higherIsBetter) {
        KpiDefinition d = CxStrategyFactory.eINSTANCE.createKpiDefinition();
        d.setCode(code);
        d.setName(name);
        d.setKind(kind);
        d.setVersion(VERSION);
        d.setUnit(unit);
        d.setHigherIsBetter(higherIsBetter);
        d.setMinimumSampleSize(DEFAULT_MINIMUM_SAMPLE_SIZE);
        return d;
    }
}
