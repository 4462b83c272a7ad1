package org.cxworkbench.goals.internal;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cxworkbench.api.command.CommandContext;
import org.cxworkbench.api.command.CommandException;
import org.cxworkbench.api.command.CommandSpec;
import org.cxworkbench.api.command.CxwCommand;
import org.cxworkbench.api.command.CxwCommandService;
import org.cxworkbench.api.command.StrategyFiles;
import org.cxworkbench.api.kpi.KpiService;
import org.cxworkbench.api.store.StrategyStore;
import org.cxworkbench.model.Goal;
import org.cxworkbench.model.Strategy;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * {@code cxw goal-check FILE [GOAL_ID] [--period P] [--json]}: the SMART check letter by letter and the progress of
 * one goal or all goals, stored in the strategy file. Exit code 1 when a goal fails a SMART letter.
 */
@Component(service = CxwCommand.class)
@CxwCommandService(command = "goal-check", summary = "Checks goals letter by letter (SMART) and measures their progress",
        group = "steps")
public final class GoalCheckCommand implements CxwCommand {

    static final String GOAL_ID = "GOAL_ID";

    private final StrategyStore store;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile KpiService kpis;

    @Activate
    public GoalCheckCommand(@Reference StrategyStore store) {
        this.store = store;
    }

    /** With a fixed KPI service ({@code null} for none). */
    GoalCheckCommand(StrategyStore store, KpiService kpis) {
        this.store = store;
        this.kpis = kpis;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of("goal-check", "Checks every goal (or one) against the SMART criteria letter by letter: "
                + "Specific (names a KPI, touchpoint, persona or segment), Measurable (KPI, baseline and target change), "
                + "Achievable (against the KPI's scale and its largest quarter-to-quarter change so far), Relevant "
                + "(works toward a parent goal or a strategy objective), Time-bound (period or due date). Then measures "
                + "progress from the KPI values up to the period and sets the status: ACHIEVED, ON_TRACK, AT_RISK, "
                + "OFF_TRACK, MISSED or UNKNOWN. The results are saved in the file so reports show them. "
                + "Exit code 1 if a goal fails a letter.")
                .arg(StrategyFiles.FILE, "the strategy file (.cxs)")
                .optionalArg(GOAL_ID, "the goal to check; all goals when left out")
                .option("--period", "PERIOD", "the reporting period for progress, e.g. 2026-Q3 (default: the "
                        + "strategy's current period)")
                .example("cxw goal-check acme.cxs")
                .example("cxw goal-check acme.cxs goal-2 --period 2026-Q3 --json");
    }

    @Override
    public int run(CommandContext context) throws CommandException {
        String period = context.option("--period").orElse(null);
        if (period != null && !Periods.isPeriod(period)) {
            throw new CommandException("cxw goal-check: --period " + period + " is not a period like 2026-Q3 or 2026-09");
        }
        Strategy strategy = StrategyFiles.load(store, context);
        String file = context.requiredArg(StrategyFiles.FILE);
        List<GoalTree.Node> nodes = selectGoals(strategy, context.arg(GOAL_ID).orElse(null), file);
        String reportingPeriod = period != null ? period : strategy.getCurrentPeriod();
        KpiService kpiService = kpis;
        List<GoalEvaluation> evaluations = new ArrayList<>();
        for (GoalTree.Node node : nodes) {
            evaluations.add(GoalEvaluation.of(kpiService, node, reportingPeriod));
        }
        evaluations.forEach(GoalEvaluation::store);
        if (!evaluations.isEmpty()) {
            StrategyFiles.save(store, strategy);
        }
        long failing = evaluations.stream().filter(e -> !e.smartPassed()).count();
        if (context.json()) {
            context.printJson(json(evaluations, reportingPeriod, file, failing));
        } else {
            print(context.out(), evaluations, reportingPeriod, file, failing);
        }
        return evaluations.isEmpty() || failing > 0 ? VALIDATION_FAILED : OK;
    }

    private static List<GoalTree.Node> selectGoals(Strategy strategy, String goalId, String file)
            throws CommandException {
        List<GoalTree.Node> all = GoalTree.walk(strategy);
        if (goalId == null) {
            return all;
        }
        List<GoalTree.Node> selected = all.stream().filter(n -> goalId.equals(n.goal().getId())).toList();
        if (selected.isEmpty()) {
            List<String> ids = all.stream().map(n -> n.goal().getId()).toList();
            throw new CommandException("cxw goal-check: " + file + ": no goal with id '" + goalId + "'"
                    + (ids.isEmpty() ? "; the strategy has no goals yet" : "; goals: " + String.join(", ", ids)));
        }
        return selected;
    }

    private static Map<String, Object> json(List<GoalEvaluation> evaluations, String period, String file,
            long failing) {
        List<Object> goals = new ArrayList<>();
        for (GoalEvaluation e : evaluations) {
            Goal goal = e.goal();
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("id", goal.getId());
            g.put("name", goal.getName());
            g.put("level", e.level());
            g.put("parent", goal.getParent() == null ? null : goal.getParent().getId());
            g.put("smartPassed", e.smartPassed());
            List<Object> letters = new ArrayList<>();
            for (LetterCheck letter : e.letters()) {
                Map<String, Object> l = new LinkedHashMap<>();
                l.put("criterion", letter.criterion());
                l.put("passed", letter.passed());
                l.put("reason", letter.reason());
                l.put("action", letter.action() == null ? null : letter.action().replace("FILE", file));
                letters.add(l);
            }
            g.put("smart", letters);
            g.put("progress", e.progress());
            goals.add(g);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("period", period);
        json.put("goals", goals);
        json.put("failing", failing);
        return json;
    }

    private static void print(PrintWriter out, List<GoalEvaluation> evaluations, String period, String file,
            long failing) {
        if (evaluations.isEmpty()) {
            out.println(file + " has no goals yet. Start with a high-level goal, e.g.:");
            out.println("  cxw goal add " + file + " --name \"Raise NPS\" --statement \"Raise NPS by one full point "
                    + "this quarter\" --kpi NPS --baseline 41 --target-change 1 --period 2026-Q3");
            return;
        }
        for (GoalEvaluation e : evaluations) {
            String indent = "  ".repeat(e.level());
            out.println(indent + GoalTree.label(e.goal()) + (e.level() == 0 ? "" : "  (sub-goal of "
                    + e.goal().getParent().getId() + ")"));
            for (LetterCheck letter : e.letters()) {
                out.printf("%s  %s %s  %s%n", indent, letter.criterion().getName().charAt(0),
                        letter.passed() ? "pass" : "FAIL", letter.reason());
                if (letter.action() != null) {
                    out.println(indent + "          fix: " + letter.action().replace("FILE", file));
                }
            }
            out.println(indent + "  status " + e.progress().status() + ": " + e.progress().explanation());
            out.println();
        }
        out.printf("%d goal(s) checked%s; %d fail a SMART letter. Results saved to %s.%n", evaluations.size(),
                period == null ? "" : " for " + period, failing, file);
    }
}
