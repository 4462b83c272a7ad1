package org.cxworkbench.competitors.internal.gap;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.IdentityHashMap;
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
import org.cxworkbench.model.Opportunity;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.SwotItem;
import org.cxworkbench.model.SwotSubject;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code cxw gap-analysis FILE [--accept] [--json]}: proposes opportunities from the competitor SWOT, our own
 * SWOT and the research findings; with {@code --accept} records the new ones and saves.
 */
@Component(service = CxwCommand.class)
@CxwCommandService(command = "gap-analysis", summary = "Finds gaps in the market from competitor and own SWOT and research; --accept records them",
        group = "steps")
public final class GapAnalysisCommand implements CxwCommand {

    private static final String ACCEPT = "--accept";

    private final StrategyStore store;

    @Activate
    public GapAnalysisCommand(@Reference StrategyStore store) {
        this.store = store;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of("gap-analysis", "Step 4: crosses competitor weaknesses with our strengths (advantages to "
                + "press) and competitor strengths with our weaknesses (gaps to close), and turns what competitors' "
                + "customers complain about (negative reviews, mystery-shop requests answered after "
                + (int) CompetitorComplaints.SLOW_RESPONSE_HOURS + " h or more) into opportunities. SWOT items "
                + "match when they cite the same touchpoint, are on the same channel, or share a significant word "
                + "(topic words; judgement words such as fast/slow and words like customer or service do not count). "
                + "Without --accept it only shows the proposals; with --accept it adds the ones not recorded yet as "
                + "opportunities (source COMPETITOR_GAP) and saves. Running it again adds no duplicates.")
                .arg(StrategyFiles.FILE, "the strategy file (.cxs)")
                .flag(ACCEPT, "add the new proposals as opportunities and save the file")
                .example("cxw gap-analysis acme.cxs")
                .example("cxw gap-analysis acme.cxs --accept");
    }

    @Override
    public int run(CommandContext context) throws CommandException {
        Strategy strategy = StrategyFiles.load(store, context);
        List<GapProposal> proposals = GapAnalysis.propose(strategy);
        Map<GapProposal, Opportunity> recordedBefore = new IdentityHashMap<>();
        proposals.forEach(p -> GapAnalysis.recorded(strategy, p).ifPresent(o -> recordedBefore.put(p, o)));
        List<Opportunity> added = List.of();
        if (context.flag(ACCEPT)) {
            added = GapAnalysis.accept(strategy, proposals);
            if (!added.isEmpty()) {
                StrategyFiles.save(store, strategy);
            }
        }
        Map<GapProposal, Opportunity> recordedNow = new IdentityHashMap<>();
        proposals.forEach(p -> GapAnalysis.recorded(strategy, p).ifPresent(o -> recordedNow.put(p, o)));
        if (context.json()) {
            context.printJson(json(proposals, recordedBefore, recordedNow, added));
        } else {
            print(context, strategy, proposals, recordedBefore, recordedNow, added);
        }
        return OK;
    }

    private static void print(CommandContext context, Strategy strategy, List<GapProposal> proposals,
            Map<GapProposal, Opportunity> recordedBefore, Map<GapProposal, Opportunity> recordedNow, List<Opportunity> added) {
        PrintWriter out = context.out();
        if (proposals.isEmpty()) {
            out.println("No gaps found in " + context.arg(StrategyFiles.FILE).orElse(StrategyFiles.FILE) + ".");
            out.println(missingInput(strategy));
            return;
        }
        out.printf("Gap analysis: %d opportunit%s found, %d already recorded%n%n", proposals.size(),
                proposals.size() == 1 ? "y" : "ies", recordedBefore.size());
        int number = 1;
        for (GapProposal proposal : proposals) {
            out.printf("%d. [%s] %s%n", number++, proposal.kind().label(), proposal.name());
            out.println("   " + proposal.description());
            out.println("   why: " + proposal.basis());
            String links = links(proposal);
            if (!links.isEmpty()) {
                out.println("   links: " + links);
            }
            Opportunity before = recordedBefore.get(proposal);
            Opportunity now = recordedNow.get(proposal);
            if (before != null) {
                out.println("   already recorded as " + before.getId());
            } else if (now != null) {
                out.println("   added as " + now.getId());
            }
            out.println();
        }
        if (context.flag(ACCEPT)) {
            out.printf("%d opportunit%s added and saved.%n", added.size(), added.size() == 1 ? "y" : "ies");
        } else if (recordedBefore.size() < proposals.size()) {
            out.println("Record them as opportunities with: cxw gap-analysis " + context.arg(StrategyFiles.FILE).orElse(StrategyFiles.FILE) + " --accept");
        }
    }

    private static String missingInput(Strategy strategy) {
        boolean competitorSwot = strategy.getSwotItems().stream().anyMatch(i -> i.getSubjectKind() == SwotSubject.COMPETITOR);
        boolean ownSwot = strategy.getSwotItems().stream().anyMatch(i -> i.getSubjectKind() == SwotSubject.OWN_CX);
        if (!competitorSwot) {
            return "There is no competitor SWOT yet: add competitor strengths and weaknesses with "
                    + "'cxw swot add FILE --subject-kind COMPETITOR --competitor ID --quadrant WEAKNESS --text TEXT', "
                    + "and record negative reviews and mystery-shop results with 'cxw finding add'.";
        }
        if (!ownSwot) {
            return "There is no SWOT of our own experience yet (step 2) to cross the competitor SWOT with.";
        }
        return "No competitor weakness matches one of our strengths, no competitor strength matches one of our "
                + "weaknesses, and no complaint is shared by competitors' customers. Cite the same touchpoints as "
                + "evidence in related SWOT items, or record more research findings.";
    }

    private static String links(GapProposal proposal) {
        List<String> links = new ArrayList<>();
        add(links, "their weakness", proposal.theirWeakness());
        add(links, "our strength", proposal.ourStrength());
        add(links, "their strength", proposal.theirStrength());
        add(links, "our weakness", proposal.ourWeakness());
        return String.join(", ", links);
    }

    private static void add(List<String> links, String label, SwotItem item) {
        if (item != null) {
            links.add(label + " " + item.getId());
        }
    }

    private static Map<String, Object> json(List<GapProposal> proposals, Map<GapProposal, Opportunity> recordedBefore,
            Map<GapProposal, Opportunity> recordedNow, List<Opportunity> added) {
        List<Object> items = new ArrayList<>();
        for (GapProposal proposal : proposals) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("kind", proposal.kind().label());
            item.put("name", proposal.name());
            item.put("description", proposal.description());
            item.put("basis", proposal.basis());
            item.put("theirWeakness", id(proposal.theirWeakness()));
            item.put("ourStrength", id(proposal.ourStrength()));
            item.put("theirStrength", id(proposal.theirStrength()));
            item.put("ourWeakness", id(proposal.ourWeakness()));
            item.put("alreadyRecorded", recordedBefore.containsKey(proposal));
            Opportunity now = recordedNow.get(proposal);
            item.put("opportunity", now == null ? null : now.getId());
            items.add(item);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("proposals", items);
        json.put("added", added.stream().map(Opportunity::getId).toList());
        return json;
    }

    private static String id(SwotItem item) {
        return item == null ? null : item.getId();
    }
}
