package org.cxworkbench.workflow.internal;

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
import org.cxworkbench.api.rules.Severity;
import org.cxworkbench.api.rules.WorkflowReport;
import org.cxworkbench.api.rules.WorkflowService;
import org.cxworkbench.api.store.StrategyStore;
import org.cxworkbench.model.Strategy;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code cxw validate FILE}: checks the model's integrity (required values, references) and every step
 * rule; exits 1 if any error stands.
 */
@Component(service = CxwCommand.class)
@CxwCommandService(command = "validate", summary = "Checks the strategy's integrity and every step rule; exit 1 on errors",
        group = "strategy")
public final class ValidateCommand implements CxwCommand {

    private final StrategyStore store;
    private final WorkflowService workflow;

    @Activate
    public ValidateCommand(@Reference StrategyStore store, @Reference WorkflowService workflow) {
        this.store = store;
        this.workflow = workflow;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of("validate", "Checks the strategy file: model integrity (required values, multiplicities, "
                + "references) and every step rule of the nine steps. Prints each problem with the element id and "
                + "what to do. Exits 0 when nothing is in error, 1 otherwise.")
                .arg(StrategyFiles.FILE, "the strategy file (.cxs)")
                .example("cxw validate acme.cxs");
    }

    @Override
    public int run(CommandContext context) throws CommandException {
        Strategy strategy = StrategyFiles.load(store, context);
        List<String> integrity = ModelIntegrity.check(strategy);
        WorkflowReport report = workflow.evaluate(strategy);
        List<Finding> findings = report.findings();
        long errors = integrity.size() + findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        if (context.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("valid", errors == 0);
            json.put("errors", errors);
            json.put("warnings", warnings);
            json.put("integrity", integrity);
            List<Object> list = new ArrayList<>();
            findings.forEach(f -> list.add(StatusCommand.findingJson(f)));
            json.put("findings", list);
            json.put("ruleFailures", report.failures());
            context.printJson(json);
        } else {
            integrity.forEach(p -> context.out().println("error: " + p));
            for (Finding f : findings) {
                if (f.severity() == Severity.INFO) {
                    continue;
                }
                context.out().printf("%s: step %d: %s%s%s%n", f.severity().name().toLowerCase(), f.step().number(),
                        f.elementId() == null ? "" : f.elementId() + ": ", f.message(),
                        f.action() == null ? "" : " -> " + f.action());
            }
            report.failures().forEach(x -> context.out().printf("rule %s from %s failed and was skipped: %s%n",
                    x.ruleId(), x.bundle(), x.reason()));
            context.out().printf("%d errors, %d warnings%n", errors, warnings);
        }
        return errors == 0 ? OK : VALIDATION_FAILED;
    }
}
