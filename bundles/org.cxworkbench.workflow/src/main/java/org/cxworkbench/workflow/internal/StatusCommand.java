package org.cxworkbench.workflow.internal;

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
import org.cxworkbench.api.rules.Finding;
import org.cxworkbench.api.rules.RuleFailure;
import org.cxworkbench.api.rules.StepStatus;
import org.cxworkbench.api.rules.WorkflowReport;
import org.cxworkbench.api.rules.WorkflowService;
import org.cxworkbench.api.store.StrategyStore;
import org.cxworkbench.model.Strategy;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code cxw status FILE}: the nine steps, each complete or not, with what is missing and what to do next. */
@Component(service = CxwCommand.class)
@CxwCommandService(command = "status", summary = "Shows the nine steps: complete or not, what is missing, what to do next",
        group = "strategy")
public final class StatusCommand implements CxwCommand {

    private final StrategyStore store;
    private final WorkflowService workflow;

    @Activate
    public StatusCommand(@Reference StrategyStore store, @Reference WorkflowService workflow) {
        this.store = store;
        this.workflow = workflow;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of("status", "Evaluates every step rule (from the step bundles and plugins) and shows, "
                + "for each of the nine steps, whether it is complete, what is missing and the next action.")
                .arg(StrategyFiles.FILE, "the strategy file (.cxs)")
                .flag("--verbose", "also list warnings and hints of every step")
                .example("cxw status examples/acme/acme.cxs")
                .example("cxw status acme.cxs --json");
    }

    @Override
    public int run(CommandContext context) throws CommandException {
        Strategy strategy = StrategyFiles.load(store, context);
        WorkflowReport report = workflow.evaluate(strategy);
        if (context.json()) {
            context.printJson(toJson(report));
        } else {
            print(strategy, report, context.flag("--verbose"), context.out());
        }
        return OK;
    }

    static Map<String, Object> toJson(WorkflowReport report) {
        List<Object> steps = new ArrayList<>();
        for (StepStatus s : report.steps()) {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("number", s.step().number());
            step.put("name", s.step().title());
            step.put("complete", s.complete());
            step.put("missing", s.missing());
            step.put("nextAction", s.nextAction());
            step.put("findings", s.findings().stream().map(StatusCommand::findingJson).toList());
            steps.add(step);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("steps", steps);
        json.put("complete", report.allComplete());
        json.put("ruleFailures", report.failures());
        return json;
    }

    static Map<String, Object> findingJson(Finding f) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("step", f.step().number());
        json.put("rule", f.ruleId());
        json.put("severity", f.severity());
        json.put("element", f.elementId());
        json.put("message", f.message());
        json.put("action", f.action());
        return json;
    }

    private static void print(Strategy strategy, WorkflowReport report, boolean verbose, PrintWriter out) {
        long done = report.steps().stream().filter(StepStatus::complete).count();
        out.printf("%s: %d of 9 steps complete%n%n", strategy.getName(), done);
        for (StepStatus s : report.steps()) {
            out.printf("%s %d. %s%n", s.complete() ? "[x]" : "[ ]", s.step().number(), s.step().title());
            for (String missing : s.missing()) {
                out.println("       missing: " + missing);
            }
            if (s.nextAction() != null) {
                out.println("       next:    " + s.nextAction());
            }
            if (verbose) {
                s.findings().stream().filter(f -> f.severity() != org.cxworkbench.api.rules.Severity.ERROR)
                        .forEach(f -> out.println("       " + f.severity().name().toLowerCase() + ": "
                                + (f.elementId() == null ? "" : f.elementId() + ": ") + f.message()));
            }
        }
        for (RuleFailure failure : report.failures()) {
            out.printf("%nrule %s from %s failed and was skipped: %s%n", failure.ruleId(), failure.bundle(),
                    failure.reason());
        }
    }
}
