package org.cxworkbench.audit.internal;

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
import org.cxworkbench.api.store.StrategyStore;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.Touchpoint;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code cxw swot-suggest FILE [--period P] [--pain-frequency N] [--accept] [--json]}: SWOT items of the own customer
 * experience derived from the audit. Without {@code --accept} it only prints them; with it, it adds those not yet
 * present (repeated runs add no duplicates), marked as suggested and linked to their evidence touchpoints.
 */
@Component(service = CxwCommand.class)
@CxwCommandService(command = "swot-suggest", summary = "Suggests SWOT items of the own CX from the touchpoint audit",
        group = "steps")
public final class SwotSuggestCommand implements CxwCommand {

    private final StrategyStore store;

    @Activate
    public SwotSuggestCommand(@Reference StrategyStore store) {
        this.store = store;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of("swot-suggest", "Derives the SWOT of your own customer experience from the touchpoint "
                + "audit: touchpoints rated 4 or more of 5 are strengths; touchpoints rated 2.5 or less, or with frequent "
                + "pain points, are weaknesses; opportunity notes are opportunities and threat notes threats. Each "
                + "suggestion names its evidence. Prints them; with --accept adds the ones not yet in the SWOT.")
                .arg(StrategyFiles.FILE, "the strategy file (.cxs)")
                .option("--period", "PERIOD", "use ratings up to this period, e.g. 2026-Q3 (default: all)")
                .option("--pain-frequency", "N", "a pain point seen this many times makes its touchpoint a weakness "
                        + "(default " + SwotSuggester.DEFAULT_PAIN_FREQUENCY + ")")
                .flag("--accept", "add the new suggestions to the SWOT and save")
                .example("cxw swot-suggest acme.cxs")
                .example("cxw swot-suggest acme.cxs --period 2026-Q3 --accept");
    }

    @Override
    public int run(CommandContext context) throws CommandException {
        String period = CommandPeriods.option(context, "swot-suggest");
        int painFrequency = painFrequency(context);
        Strategy strategy = StrategyFiles.load(store, context);
        List<SwotSuggestion> suggestions = new SwotSuggester(painFrequency).suggest(AuditInventory.of(strategy, period));
        List<SwotSuggestion> fresh = SwotSuggester.newOnly(strategy, suggestions);
        boolean accept = context.flag("--accept");
        if (accept && !fresh.isEmpty()) {
            for (SwotSuggestion suggestion : fresh) {
                strategy.getSwotItems().add(suggestion.toItem());
            }
            StrategyFiles.save(store, strategy);
        }
        if (context.json()) {
            context.printJson(json(suggestions, fresh, accept));
        } else {
            print(context.out(), suggestions, fresh, accept, context.requiredArg(StrategyFiles.FILE));
        }
        return OK;
    }

    private static int painFrequency(CommandContext context) throws CommandException {
        String value = context.option("--pain-frequency").orElse(null);
        if (value == null) {
            return SwotSuggester.DEFAULT_PAIN_FREQUENCY;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CommandException("cxw swot-suggest: --pain-frequency " + value + " is not a whole number of 1 or more");
    }

    private static Map<String, Object> json(List<SwotSuggestion> all, List<SwotSuggestion> fresh, boolean accept) {
        List<Object> items = new ArrayList<>();
        for (SwotSuggestion s : all) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("quadrant", s.quadrant());
            item.put("text", s.text());
            item.put("evidence", s.evidence().stream().map(Touchpoint::getId).toList());
            item.put("why", s.why());
            item.put("new", fresh.contains(s));
            items.add(item);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("suggestions", items);
        json.put("new", fresh.size());
        json.put("added", accept ? fresh.size() : 0);
        return json;
    }

    private static void print(PrintWriter out, List<SwotSuggestion> all, List<SwotSuggestion> fresh, boolean accept,
            String file) {
        if (all.isEmpty()) {
            out.println("The audit suggests nothing yet: rate the touchpoints (cxw rating add " + file
                    + " --touchpoint ID --period 2026-Q3 --score 4) and note pain points, opportunities and threats "
                    + "(cxw note add " + file + " --touchpoint ID --kind PAIN_POINT --text ...).");
            return;
        }
        for (SwotSuggestion s : all) {
            out.printf("%-11s %s%n", s.quadrant().getName().toLowerCase(), s.text());
            out.printf("%-11s evidence: %s (%s)%s%n", "", String.join(", ", s.evidence().stream()
                    .map(Touchpoint::getId).toList()), s.why(), fresh.contains(s) ? "" : "; already in the SWOT");
        }
        out.println();
        if (accept) {
            out.println(fresh.isEmpty() ? "Nothing new to add; the SWOT already has every suggestion."
                    : "Added " + fresh.size() + " item(s) to the SWOT of " + file + ".");
        } else {
            out.println(fresh.size() + " new suggestion(s). Add them with: cxw swot-suggest " + file + " --accept");
        }
    }
}
