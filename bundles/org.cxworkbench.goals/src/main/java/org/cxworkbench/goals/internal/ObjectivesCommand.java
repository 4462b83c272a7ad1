package org.cxworkbench.goals.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.cxworkbench.api.command.CommandContext;
import org.cxworkbench.api.command.CommandException;
import org.cxworkbench.api.command.CommandSpec;
import org.cxworkbench.api.command.CxwCommand;
import org.cxworkbench.api.command.CxwCommandService;
import org.cxworkbench.api.command.StrategyFiles;
import org.cxworkbench.api.store.StrategyStore;
import org.cxworkbench.model.Strategy;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code cxw objectives FILE [--add TEXT]... [--remove N]...}: the strategy-level objectives that top-level goals
 * serve (the R of SMART). Without options it lists them, numbered.
 */
@Component(service = CxwCommand.class)
@CxwCommandService(command = "objectives", summary = "Lists, adds or removes the strategy objectives goals serve",
        group = "steps")
public final class ObjectivesCommand implements CxwCommand {

    private final StrategyStore store;

    @Activate
    public ObjectivesCommand(@Reference StrategyStore store) {
        this.store = store;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of("objectives", "Lists the strategy objectives, numbered, and adds or removes some. "
                + "Every top-level goal must serve at least one objective to count as Relevant.")
                .arg(StrategyFiles.FILE, "the strategy file (.cxs)")
                .repeatable("--add", "TEXT", "adds an objective")
                .repeatable("--remove", "N", "removes objective number N (as listed)")
                .example("cxw objectives acme.cxs --add \"Keep busy parents ordering with us every week\"")
                .example("cxw objectives acme.cxs --remove 2");
    }

    @Override
    public int run(CommandContext context) throws CommandException {
        Strategy strategy = StrategyFiles.load(store, context);
        String file = context.requiredArg(StrategyFiles.FILE);
        List<String> objectives = strategy.getObjectives();
        TreeSet<Integer> remove = new TreeSet<>();
        for (String n : context.options("--remove")) {
            int number;
            try {
                number = Integer.parseInt(n.strip());
            } catch (NumberFormatException e) {
                throw new CommandException("cxw objectives: --remove " + n + " is not a number; use the number shown "
                        + "by cxw objectives " + file);
            }
            if (number < 1 || number > objectives.size()) {
                throw new CommandException("cxw objectives: " + file + " has " + objectives.size()
                        + " objective(s); there is no number " + number);
            }
            remove.add(number);
        }
        List<String> add = new ArrayList<>();
        for (String text : context.options("--add")) {
            if (text.isBlank()) {
                throw new CommandException("cxw objectives: --add needs the objective's text");
            }
            add.add(text.strip());
        }
        for (int number : remove.descendingSet()) {
            objectives.remove(number - 1);
        }
        objectives.addAll(add);
        if (!remove.isEmpty() || !add.isEmpty()) {
            StrategyFiles.save(store, strategy);
        }
        if (context.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("objectives", List.copyOf(objectives));
            json.put("added", add.size());
            json.put("removed", remove.size());
            context.printJson(json);
        } else if (objectives.isEmpty()) {
            context.out().println(file + " has no objectives yet; add one with cxw objectives " + file
                    + " --add \"TEXT\"");
        } else {
            for (int i = 0; i < objectives.size(); i++) {
                context.out().printf("%d. %s%n", i + 1, objectives.get(i));
            }
        }
        return OK;
    }
}
