package org.cxworkbench.plan.internal.commands;

import java.time.Clock;
import java.time.LocalDate;
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
import org.cxworkbench.api.store.StrategyStore;
import org.cxworkbench.model.CxStrategyFactory;
import org.cxworkbench.model.Owner;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.Tactic;
import org.cxworkbench.model.TacticStep;
import org.cxworkbench.model.WorkStatus;
import org.cxworkbench.plan.api.IsoDate;
import org.cxworkbench.plan.internal.commands.TacticTemplate.TemplateStep;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code cxw tactic-template FILE TACTIC_ID --template chatbot [--owner OWNER_ID] [--start yyyy-MM-dd]}: fills
 * a tactic that has no steps yet with a template's ordered steps and spreads their dates from the start day.
 */
@Component(service = CxwCommand.class)
@CxwCommandService(command = "tactic-template", summary = "Adds a template's ordered steps (e.g. the chatbot "
        + "tactic: find, implement, test, launch) to a tactic, with dates", group = "steps")
public final class TacticTemplateCommand implements CxwCommand {

    static final String TACTIC = "TACTIC_ID";

    private final StrategyStore store;
    private final Clock clock;

    @Activate
    public TacticTemplateCommand(@Reference StrategyStore store) {
        this(store, Clock.systemDefaultZone());
    }

    TacticTemplateCommand(StrategyStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of("tactic-template", "Adds the ordered implementation steps of a template to a tactic "
                + "that has none yet. Template 'chatbot' (the source article's example): 1. find a chatbot that "
                + "works for you (e.g. one that hands over to your human team) - 14 days; 2. implement it on your "
                + "site - 21 days; 3. run some tests to make sure it works - 7 days; 4. launch - 1 day. Dates: "
                + "step 1 starts on --start (default: the tactic's start date, else today); each step is due at "
                + "the end of its duration (first and last day included) and the next step starts the day after. "
                + "The tactic's own start and due dates are filled in when empty. Steps get --owner if given, "
                + "otherwise they are owned by the tactic's owner.")
                .arg(StrategyFiles.FILE, "the strategy file (.cxs)")
                .arg(TACTIC, "the id (or unique name) of the tactic")
                .option("--template", "TEMPLATE", "the template: " + String.join(", ", TacticTemplate.ids()))
                .option("--owner", "OWNER_ID", "owner of every new step (id or unique name)")
                .option("--start", "yyyy-MM-dd", "the day step 1 starts")
                .example("cxw tactic-template acme.cxs tactic-1 --template chatbot --owner owner-2 --start 2026-07-06");
    }

    @Override
    public int run(CommandContext context) throws CommandException {
        String templateId = context.option("--template").orElseThrow(() -> new CommandException(
                "cxw tactic-template: --template is required (" + String.join(", ", TacticTemplate.ids()) + ")"));
        TacticTemplate template = TacticTemplate.named(templateId).orElseThrow(() -> new CommandException(
                "cxw tactic-template: unknown template '" + templateId + "' (known: "
                        + String.join(", ", TacticTemplate.ids()) + ")"));
        String file = context.requiredArg(StrategyFiles.FILE);
        Strategy strategy = StrategyFiles.load(store, context);
        Tactic tactic = ElementLookup.find(strategy.getTactics(), context.requiredArg(TACTIC), "tactic", file);
        if (!tactic.getSteps().isEmpty()) {
            throw new CommandException(file + ": tactic " + tactic.getId() + " '" + tactic.getName() + "' already has "
                    + tactic.getSteps().size() + " steps; a template only fills a tactic without steps "
                    + "(see cxw step list " + file + " --tactic " + tactic.getId() + ")");
        }
        Owner owner = null;
        if (context.option("--owner").isPresent()) {
            owner = ElementLookup.find(strategy.getOwners(), context.option("--owner").get(), "owner", file);
        }
        LocalDate start = startDay(context, tactic, file);
        List<TacticStep> added = addSteps(tactic, template, owner, start);
        StrategyFiles.save(store, strategy);
        report(context, tactic, added);
        return OK;
    }

    private LocalDate startDay(CommandContext context, Tactic tactic, String file) throws CommandException {
        if (context.option("--start").isPresent()) {
            String text = context.option("--start").get();
            return IsoDate.parse(text).orElseThrow(() -> new CommandException(
                    "cxw tactic-template: --start '" + text + "' is not a date like 2026-07-06 (yyyy-MM-dd)"));
        }
        if (tactic.getStartDate() != null && !tactic.getStartDate().isBlank()) {
            return IsoDate.parse(tactic.getStartDate()).orElseThrow(() -> new CommandException(file + ": tactic "
                    + tactic.getId() + " has start date '" + tactic.getStartDate() + "', which is not a date; give --start"));
        }
        return LocalDate.now(clock);
    }

    /** Adds the template's steps with consecutive date ranges starting on {@code start}. */
    static List<TacticStep> addSteps(Tactic tactic, TacticTemplate template, Owner owner, LocalDate start) {
        List<TacticStep> added = new ArrayList<>();
        LocalDate stepStart = start;
        for (TemplateStep templateStep : template.steps()) {
            LocalDate due = stepStart.plusDays(templateStep.days() - 1L);
            TacticStep step = CxStrategyFactory.eINSTANCE.createTacticStep();
            step.setName(templateStep.name());
            step.setDescription(templateStep.description());
            step.setOwner(owner);
            step.setStartDate(stepStart.toString());
            step.setDueDate(due.toString());
            step.setStatus(WorkStatus.PLANNED);
            tactic.getSteps().add(step);
            added.add(step);
            stepStart = due.plusDays(1);
        }
        if (tactic.getStartDate() == null || tactic.getStartDate().isBlank()) {
            tactic.setStartDate(start.toString());
        }
        if (tactic.getDueDate() == null || tactic.getDueDate().isBlank()) {
            tactic.setDueDate(added.get(added.size() - 1).getDueDate());
        }
        return added;
    }

    private static void report(CommandContext context, Tactic tactic, List<TacticStep> added) {
        if (context.json()) {
            List<Object> steps = new ArrayList<>();
            for (TacticStep step : added) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("id", step.getId());
                json.put("name", step.getName());
                json.put("owner", step.getOwner() == null ? null : step.getOwner().getId());
                json.put("startDate", step.getStartDate());
                json.put("dueDate", step.getDueDate());
                json.put("status", step.getStatus());
                steps.add(json);
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("tactic", tactic.getId());
            json.put("startDate", tactic.getStartDate());
            json.put("dueDate", tactic.getDueDate());
            json.put("steps", steps);
            context.printJson(json);
            return;
        }
        context.out().printf("Added %d steps to tactic %s '%s':%n", added.size(), tactic.getId(), tactic.getName());
        int number = 1;
        for (TacticStep step : added) {
            context.out().printf("  %d. %-40s %s  %s -> %s%n", number++, step.getName(), step.getId(),
                    step.getStartDate(), step.getDueDate());
        }
    }
}
