package org.cxworkbench.report.internal.summary;

import org.cxworkbench.api.report.Status;
import org.cxworkbench.model.KpiDefinition;

/**
 * One KPI on the scorecard.
 *
 * @param definition the KPI
 * @param unit the unit of its values
 * @param value the value in the report period, NaN when not measured
 * @param previous the value in the period before, NaN when not measured
 * @param target the target from the goal linked to the KPI, NaN when there is none
 * @param status the colour: goal status when a goal tracks the KPI, otherwise the direction of change
 * @param worsened whether the value moved the wrong way since the period before
 */
record KpiLine(KpiDefinition definition, String unit, double value, double previous, double target, Status status,
        boolean worsened) {

    /** The change against the previous period, NaN when either value is missing. */
    double change() {
        return Double.isNaN(value) || Double.isNaN(previous) ? Double.NaN : value - previous;
    }

    String label() {
        String code = definition.getCode() == null ? "" : definition.getCode();
        String name = definition.getName() == null ? "" : definition.getName();
        return name.isBlank() || name.equals(code) ? code : code + " " + name;
    }
}
