package org.cxworkbench.plan.internal.commands;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.cxworkbench.api.command.CommandContext;
import org.cxworkbench.api.command.CommandException;
import org.cxworkbench.api.command.CommandSpec;
import org.cxworkbench.api.command.CxwCommand;
import org.cxworkbench.api.command.CxwCommandService;
import org.cxworkbench.api.command.StrategyFiles;
import org.cxworkbench.api.store.StrategyStore;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.plan.api.ImplementationPlan;
import org.cxworkbench.plan.api.IsoDate;
import org.cxworkbench.plan.api.PlanSummary;
import org.cxworkbench.plan.api.PlanTimeline;
import org.cxworkbench.plan.api.StepPlan;
import org.cxworkbench.plan.api.TacticPlan;
import org.cxworkbench.plan.api.TacticPlan.Ref;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code cxw plan FILE [--today yyyy-MM-dd]}: the implementation plan as a timeline, with overdue and unowned steps. */
@Component(service = CxwCommand.class)
@CxwCommandService(command = "plan", summary = "Shows the implementation plan: tactics, ordered steps, owners, "
        + "dates, overdue and unowned steps", group = "steps")
public final class PlanCommand implements CxwCommand {

    private final StrategyStore store;
    private final ImplementationPlan plan;
    private final Clock clock;

    @Activate
    public PlanCommand(@Reference StrategyStore store, @Reference ImplementationPlan plan) {
        this(store, plan, Clock.systemDefaultZone());
    }

    PlanCommand(StrategyStore store, ImplementationPlan plan, Clock clock) {
        this.store = store;
        this.plan = plan;
        this.clock = clock;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of("plan", "Shows the implementation plan (step 6) as a timeline: each tactic with the "
                + "goals and opportunities it serves, its ordered steps with owners (a step without its own owner "
                + "is owned by its tactic's), dates and status. Flags overdue steps (due before today and neither "
                + "DONE nor CANCELLED) and unowned steps, and counts them.")
                .arg(StrategyFiles.FILE, "the strategy file (.cxs)")
                .option("--today", "yyyy-MM-dd", "the day to evaluate overdue steps against (default: today)")
                .example("cxw plan acme.cxs")
                .example("cxw plan acme.cxs --today 2026-09-30 --json");
    }

    @Override
    public int run(CommandContext context) throws CommandException {
        LocalDate today = today(context);
        Strategy strategy = StrategyFiles.load(store, context);
        PlanTimeline timeline = plan.timeline(strategy, today);
        if (context.json()) {
            context.printJson(timeline);
        } else {
            print(strategy, timeline, context.out());
        }
        return OK;
    }

    private LocalDate today(CommandContext context) throws CommandException {
        if (context.option("--today").isEmpty()) {
            return LocalDate.now(clock);
        }
        String text = context.option("--today").get();
        return IsoDate.parse(text).orElseThrow(() -> new CommandException(
                "cxw plan: --today '" + text + "' is not a date like 2026-09-30 (yyyy-MM-dd)"));
    }

    private static void print(Strategy strategy, PlanTimeline timeline, PrintWriter out) {
        PlanSummary s = timeline.summary();
        out.printf("Implementation plan of %s as of %s%n", strategy.getName(), timeline.today());
        out.printf("%d tactics, %d steps: %d done, %d in progress, %d planned, %d blocked, %d cancelled; "
                + "%d overdue, %d unowned%n", s.tactics(), s.steps(), s.done(), s.inProgress(), s.planned(),
                s.blocked(), s.cancelled(), s.overdue(), s.unowned());
        if (timeline.tactics().isEmpty()) {
            out.println();
            out.println("No tactics yet. Next: cxw tactic add FILE --name \"...\" --goals GOAL_ID");
            return;
        }
        for (TacticPlan tactic : timeline.tactics()) {
            out.println();
            out.printf("%s  %s  [%s]%s%n", tactic.id(), tactic.name(), tactic.status(), tactic.overdue() ? "  OVERDUE" : "");
            out.printf("    owner: %s   %s -> %s%n", owner(tactic.owner(), false), dash(tactic.startDate()),
                    dash(tactic.dueDate()));
            out.printf("    goals: %s%n", refs(tactic.goals()));
            out.printf("    opportunities: %s%n", refs(tactic.opportunities()));
            if (tactic.steps().isEmpty()) {
                out.println("    (no steps yet: cxw step add FILE --tactic " + tactic.id() + " --name \"...\")");
            }
            for (StepPlan step : tactic.steps()) {
                List<String> flags = new ArrayList<>();
                if (step.overdue()) {
                    flags.add("OVERDUE");
                }
                if (step.unowned()) {
                    flags.add("UNOWNED");
                }
                if (step.datesOutOfOrder()) {
                    flags.add("DUE BEFORE START");
                }
                out.printf("    %d. %s -> %s  %-11s %-16s %-24s %s%n", step.number(), dash(step.startDate()),
                        dash(step.dueDate()), step.status(), String.join(" ", flags),
                        owner(step.owner(), step.ownerFromTactic()), step.name());
            }
        }
    }

    private static String owner(Ref owner, boolean fromTactic) {
        if (owner == null) {
            return "-";
        }
        return owner.name() + (fromTactic ? " (tactic)" : "");
    }

    private static String refs(List<Ref> refs) {
        return refs.isEmpty() ? "-" : refs.stream().map(r -> r.id() + " " + r.name()).collect(Collectors.joining("; "));
    }

    private static String dash(String date) {
        return date == null || date.isBlank() ? "?" : date;
    }
}
