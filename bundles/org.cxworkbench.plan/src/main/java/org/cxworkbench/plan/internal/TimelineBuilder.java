package org.cxworkbench.plan.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cxworkbench.model.Goal;
import org.cxworkbench.model.Named;
import org.cxworkbench.model.Owner;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.Tactic;
import org.cxworkbench.model.TacticStep;
import org.cxworkbench.model.WorkStatus;
import org.cxworkbench.plan.api.ImplementationPlan;
import org.cxworkbench.plan.api.IsoDate;
import org.cxworkbench.plan.api.PlanSummary;
import org.cxworkbench.plan.api.PlanTimeline;
import org.cxworkbench.plan.api.StepPlan;
import org.cxworkbench.plan.api.TacticPlan;
import org.cxworkbench.plan.api.TacticPlan.Ref;
import org.osgi.service.component.annotations.Component;

/** The {@link ImplementationPlan}: reads tactics and steps from the strategy and flags them as of a day. */
@Component(service = ImplementationPlan.class)
public final class TimelineBuilder implements ImplementationPlan {

    @Override
    public PlanTimeline timeline(Strategy strategy, LocalDate today) {
        List<TacticPlan> tactics = new ArrayList<>();
        for (Tactic tactic : strategy.getTactics()) {
            tactics.add(tacticPlan(tactic, today));
        }
        return new PlanTimeline(today, tactics, summarise(tactics));
    }

    private static TacticPlan tacticPlan(Tactic tactic, LocalDate today) {
        List<StepPlan> steps = new ArrayList<>();
        int number = 1;
        for (TacticStep step : tactic.getSteps()) {
            steps.add(stepPlan(tactic, step, number++, today));
        }
        List<Ref> goals = tactic.getGoals().stream().map(TimelineBuilder::ref).toList();
        List<Ref> opportunities = tactic.getOpportunities().stream().map(TimelineBuilder::ref).toList();
        boolean overdue = isOverdue(tactic.getDueDate(), tactic.getStatus(), today);
        return new TacticPlan(tactic.getId(), displayName(tactic), goals, opportunities, ref(tactic.getOwner()),
                tactic.getStartDate(), tactic.getDueDate(), tactic.getStatus(), overdue, steps);
    }

    private static StepPlan stepPlan(Tactic tactic, TacticStep step, int number, LocalDate today) {
        Owner owner = step.getOwner() != null ? step.getOwner() : tactic.getOwner();
        boolean fromTactic = step.getOwner() == null && tactic.getOwner() != null;
        Optional<LocalDate> start = IsoDate.parse(step.getStartDate());
        Optional<LocalDate> due = IsoDate.parse(step.getDueDate());
        boolean outOfOrder = start.isPresent() && due.isPresent() && due.get().isBefore(start.get());
        return new StepPlan(tactic.getId(), number, step.getId(), displayName(step), ref(owner), fromTactic,
                step.getStartDate(), step.getDueDate(), step.getDoneDate(), step.getStatus(),
                isOverdue(step.getDueDate(), step.getStatus(), today), owner == null, outOfOrder);
    }

    /** Due before today and neither done nor cancelled. */
    static boolean isOverdue(String dueDate, WorkStatus status, LocalDate today) {
        if (status == WorkStatus.DONE || status == WorkStatus.CANCELLED) {
            return false;
        }
        return IsoDate.parse(dueDate).map(due -> due.isBefore(today)).orElse(false);
    }

    private static PlanSummary summarise(List<TacticPlan> tactics) {
        Map<WorkStatus, Integer> byStatus = new EnumMap<>(WorkStatus.class);
        int steps = 0;
        int overdue = 0;
        int unowned = 0;
        int overdueTactics = 0;
        for (TacticPlan tactic : tactics) {
            if (tactic.overdue()) {
                overdueTactics++;
            }
            for (StepPlan step : tactic.steps()) {
                steps++;
                byStatus.merge(step.status(), 1, Integer::sum);
                overdue += step.overdue() ? 1 : 0;
                unowned += step.unowned() ? 1 : 0;
            }
        }
        return new PlanSummary(tactics.size(), steps, byStatus.getOrDefault(WorkStatus.DONE, 0),
                byStatus.getOrDefault(WorkStatus.IN_PROGRESS, 0), byStatus.getOrDefault(WorkStatus.PLANNED, 0),
                byStatus.getOrDefault(WorkStatus.BLOCKED, 0), byStatus.getOrDefault(WorkStatus.CANCELLED, 0),
                overdue, unowned, overdueTactics);
    }

    private static Ref ref(Named element) {
        return element == null ? null : new Ref(element.getId(), displayName(element));
    }

    static String displayName(Named element) {
        if (element.getName() != null && !element.getName().isBlank()) {
            return element.getName();
        }
        if (element instanceof Goal goal && goal.getStatement() != null) {
            return goal.getStatement();
        }
        return element.getId();
    }

}
