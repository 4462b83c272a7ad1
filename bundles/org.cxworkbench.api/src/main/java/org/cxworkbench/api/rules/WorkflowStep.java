package org.cxworkbench.api.rules;

import java.util.Optional;

/** The nine steps of the CX strategy workflow, in order. */
public enum WorkflowStep {
    GOALS(1, "Define SMART goals"),
    AUDIT(2, "Audit current touchpoints (SWOT)"),
    COMPETITORS(3, "Identify competitors through keywords"),
    RESEARCH(4, "Research competitors"),
    PERSONAS_AND_JOURNEYS(5, "Build personas and customer journeys"),
    PLAN(6, "Plan implementation"),
    SURVEYS(7, "Send surveys"),
    MEASURE(8, "Measure KPIs"),
    OPTIMISE(9, "Optimise");

    private final int number;
    private final String title;

    WorkflowStep(int number, String title) {
        this.number = number;
        this.title = title;
    }

    /** 1 to 9. */
    public int number() {
        return number;
    }

    /** The step's title in English; reports translate it through their resource bundles. */
    public String title() {
        return title;
    }

    /** The step with this number, if it is between 1 and 9. */
    public static Optional<WorkflowStep> ofNumber(int number) {
        for (WorkflowStep step : values()) {
            if (step.number == number) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }
}
