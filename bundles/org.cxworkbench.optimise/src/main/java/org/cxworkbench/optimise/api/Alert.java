package org.cxworkbench.optimise.api;

import java.util.Objects;

/**
 * Something in the strategy that got worse or fell behind.
 *
 * @param kind what happened
 * @param severity how urgent it is
 * @param subjectId what it is about: a KPI code ({@code NPS}), a goal, tactic or step id, or for rank
 *        alerts {@code KEYWORD_ID} or {@code KEYWORD_ID/COMPETITOR_ID}
 * @param message one sentence for the team
 * @param evidence the figures that triggered it, e.g. {@code NPS 44.0 (2026-Q1) -> 42.0 (2026-Q2) -> 40.5 (2026-Q3)}
 */
public record Alert(AlertKind kind, AlertSeverity severity, String subjectId, String message, String evidence) {

    /** Prefix of the triggers of backlog items raised by alerts. */
    public static final String TRIGGER_PREFIX = "alert:";

    public Alert {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(message, "message");
    }

    /** The stable trigger a backlog item raised by this alert carries, e.g. {@code alert:KPI_WORSENING:NPS}. */
    public String trigger() {
        return TRIGGER_PREFIX + kind.name() + ":" + subjectId;
    }
}
