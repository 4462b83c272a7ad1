package org.cxworkbench.optimise.api;

/** What an {@link Alert} is about. */
public enum AlertKind {
    /** A KPI got worse two periods in a row, by its definition's polarity. */
    KPI_WORSENING,
    /** A goal is off track for its target. */
    GOAL_OFF_TRACK,
    /** A goal's period is over and its target was missed. */
    GOAL_MISSED,
    /** A tactic's due date passed at the end of the period while it is not done or cancelled. */
    TACTIC_OVERDUE,
    /** A step's due date passed at the end of the period while it is not done or cancelled. */
    STEP_OVERDUE,
    /** A competitor moved ahead of the brand on one of the top keywords. */
    COMPETITOR_OVERTOOK,
    /** The brand dropped three or more places on one of the top keywords. */
    RANK_DROP
}
