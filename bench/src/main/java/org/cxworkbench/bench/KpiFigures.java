package org.cxworkbench.bench;

/**
 * The KPIs of one quarter and touchpoint, as both sides compute them.
 *
 * @param npsAnswers NPS answers
 * @param nps % promoters (9-10) minus % detractors (0-6)
 * @param csatAnswers CSAT answers
 * @param csatTopBox % of CSAT answers of 4 or 5
 * @param cesAnswers CES answers
 * @param cesMean mean CES score
 */
record KpiFigures(long npsAnswers, double nps, long csatAnswers, double csatTopBox, long cesAnswers, double cesMean) {

    private static final double TOLERANCE = 1e-9;

    /** Whether both sides agree: same answer counts, values equal up to rounding. */
    boolean sameAs(KpiFigures other) {
        return npsAnswers == other.npsAnswers && csatAnswers == other.csatAnswers && cesAnswers == other.cesAnswers
                && Math.abs(nps - other.nps) < TOLERANCE && Math.abs(csatTopBox - other.csatTopBox) < TOLERANCE
                && Math.abs(cesMean - other.cesMean) < TOLERANCE;
    }
}
