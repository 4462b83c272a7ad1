package org.cxworkbench.survey.internal;

import org.cxworkbench.api.survey.SurveyColumn;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.KpiKind;

/**
 * One mapped question of an import: the KPI definition (existing, or a default about to be added), the
 * column its answers are in and the scale they are checked against.
 */
record MappedAnswer(KpiDefinition kpi, boolean newDefinition, String reference, SurveyColumn column) {

    int scaleMin() {
        return kpi.getScaleMin();
    }

    int scaleMax() {
        return kpi.getScaleMax();
    }

    boolean yesNo() {
        return kpi.getKind() == KpiKind.YES_NO;
    }

    String code() {
        return kpi.getCode();
    }

    /** The reason an answer with this parse result is rejected, or {@code null} if it is valid. */
    String rejectReason(long parsed, CharSequence raw) {
        if (parsed == AnswerParser.NOT_A_NUMBER) {
            return "'" + shorten(raw) + "' is not a number (" + code() + " answers are whole numbers "
                    + scaleMin() + "-" + scaleMax() + ")";
        }
        if (parsed == AnswerParser.NOT_WHOLE) {
            return "'" + shorten(raw) + "' is not a whole number (" + code() + " answers are whole numbers "
                    + scaleMin() + "-" + scaleMax() + ")";
        }
        if (parsed < scaleMin() || parsed > scaleMax()) {
            return parsed + " is outside the " + code() + " scale " + scaleMin() + "-" + scaleMax();
        }
        return null;
    }

    static String shorten(CharSequence raw) {
        String s = raw.toString().strip();
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }
}
