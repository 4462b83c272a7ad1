package org.cxworkbench.report.internal.summary;

import org.cxworkbench.api.report.Status;
import org.cxworkbench.model.Goal;
import org.cxworkbench.model.GoalStatus;

/** Targets and colours of goals when no goal tracker is installed, and the colour of each goal status. */
final class GoalTargets {

    private GoalTargets() {
    }

    /** The KPI value the goal aims at, from its baseline and signed target change; NaN when not set. */
    static double target(Goal goal) {
        if (!goal.isSetTargetChange() || goal.getTargetKind() == null) {
            return Double.NaN;
        }
        double change = goal.getTargetChange();
        switch (goal.getTargetKind()) {
            case TARGET_VALUE:
                return change;
            case RELATIVE_CHANGE:
                return goal.isSetBaseline() ? goal.getBaseline() * (1 + change / 100.0) : Double.NaN;
            default:
                return goal.isSetBaseline() ? goal.getBaseline() + change : Double.NaN;
        }
    }

    /** Whether the value has reached the target, as a colour; neutral when either is unknown. */
    static Status status(double value, double target, boolean higherIsBetter) {
        if (Double.isNaN(value) || Double.isNaN(target)) {
            return Status.NEUTRAL;
        }
        boolean reached = higherIsBetter ? value >= target : value <= target;
        return reached ? Status.GOOD : Status.WARNING;
    }

    static Status status(GoalStatus status) {
        if (status == null) {
            return Status.NEUTRAL;
        }
        return switch (status) {
            case ON_TRACK, ACHIEVED -> Status.GOOD;
            case AT_RISK -> Status.WARNING;
            case OFF_TRACK, MISSED -> Status.BAD;
            default -> Status.NEUTRAL;
        };
    }

    static boolean offTrack(GoalStatus status) {
        return status == GoalStatus.OFF_TRACK || status == GoalStatus.AT_RISK || status == GoalStatus.MISSED;
    }
}
