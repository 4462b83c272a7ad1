package org.cxworkbench.goals.internal;

import java.util.ArrayList;
import java.util.List;

import org.cxworkbench.model.Goal;
import org.cxworkbench.model.SubjectKind;

/** What a goal is about (its KPI, a touchpoint, a persona or a segment) and the KPI segment that measures it. */
final class GoalSubject {

    private GoalSubject() {
    }

    /**
     * The segment key of the measurements that track the goal: the goal's segment, else
     * {@code touchpoint=NAME} for a touchpoint goal, else the persona's segment; {@code ""} for all customers.
     */
    static String segmentKey(Goal goal) {
        if (goal.getSubjectSegment() != null && !goal.getSubjectSegment().isBlank()) {
            return goal.getSubjectSegment().strip();
        }
        if (goal.getSubjectTouchpoint() != null && goal.getSubjectTouchpoint().getName() != null) {
            return "touchpoint=" + goal.getSubjectTouchpoint().getName();
        }
        if (goal.getSubjectPersona() != null && goal.getSubjectPersona().getSegment() != null) {
            return goal.getSubjectPersona().getSegment().strip();
        }
        return "";
    }

    /** The subjects named on the goal, e.g. {@code KPI NPS, touchpoint 'Mobile app'}. */
    static List<String> named(Goal goal) {
        List<String> subjects = new ArrayList<>();
        if (goal.getKpi() != null) {
            subjects.add("KPI " + GoalTarget.kpiLabel(goal.getKpi()));
        }
        if (goal.getSubjectTouchpoint() != null) {
            subjects.add("touchpoint '" + goal.getSubjectTouchpoint().getName() + "'");
        }
        if (goal.getSubjectPersona() != null) {
            subjects.add("persona '" + goal.getSubjectPersona().getName() + "'");
        }
        if (goal.getSubjectSegment() != null && !goal.getSubjectSegment().isBlank()) {
            subjects.add("segment '" + goal.getSubjectSegment().strip() + "'");
        }
        return subjects;
    }

    /** Whether the subject kind names something the goal does not have, e.g. TOUCHPOINT without a touchpoint. */
    static String missingForKind(Goal goal) {
        SubjectKind kind = goal.getSubjectKind();
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case KPI -> goal.getKpi() == null ? "--kpi CODE" : null;
            case TOUCHPOINT -> goal.getSubjectTouchpoint() == null ? "--subject-touchpoint ID" : null;
            case PERSONA -> goal.getSubjectPersona() == null ? "--subject-persona ID" : null;
            case SEGMENT -> goal.getSubjectSegment() == null || goal.getSubjectSegment().isBlank()
                    ? "--subject-segment DIMENSION=VALUE" : null;
            default -> null;
        };
    }
}
