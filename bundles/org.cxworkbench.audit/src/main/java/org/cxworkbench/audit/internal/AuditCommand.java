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
import org.cxworkbench.model.NoteKind;
import org.cxworkbench.model.Strategy;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code cxw audit FILE [--period P] [--json]}: the channel inventory: touchpoints by channel and journey stage with
 * owner, latest rating, rating trend per period and the counts of pain points, opportunities, what works and threats.
 */
@Component(service = CxwCommand.class)
@CxwCommandService(command = "audit", summary = "Shows the touchpoint inventory by channel and stage with ratings and notes",
        group = "steps")
public final class AuditCommand implements CxwCommand {

    private final StrategyStore store;

    @Activate
    public AuditCommand(@Reference StrategyStore store) {
        this.store = store;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of("audit", "Charts every touchpoint, grouped by channel and journey stage, with its owner, "
                + "its latest rating (1 poor to 5 excellent), the rating per period and its trend, and how many pain "
                + "points, opportunities, things that work well and threats the audit noted. Ratings after the period "
                + "are left out.")
                .arg(StrategyFiles.FILE, "the strategy file (.cxs)")
                .option("--period", "PERIOD", "the last period to include, e.g. 2026-Q3 (default: all ratings)")
                .example("cxw audit acme.cxs")
                .example("cxw audit acme.cxs --period 2026-Q2 --json");
    }

    @Override
    public int run(CommandContext context) throws CommandException {
        String period = CommandPeriods.option(context, "audit");
        Strategy strategy = StrategyFiles.load(store, context);
        AuditInventory inventory = AuditInventory.of(strategy, period);
        if (context.json()) {
            context.printJson(json(inventory));
        } else {
            print(context.out(), strategy, inventory, context.requiredArg(StrategyFiles.FILE));
        }
        return OK;
    }

    private static Map<String, Object> json(AuditInventory inventory) {
        List<Object> touchpoints = new ArrayList<>();
        for (TouchpointAudit a : inventory.touchpoints()) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("id", a.touchpoint().getId());
            t.put("name", a.name());
            t.put("channel", a.touchpoint().getChannel());
            t.put("stage", a.touchpoint().getStage());
            t.put("owner", a.owner());
            t.put("latestRating", a.latestRating());
            t.put("latestPeriod", a.latestPeriod());
            t.put("trend", a.trend());
            t.put("ratings", a.ratingsByPeriod());
            t.put("painPoints", a.count(NoteKind.PAIN_POINT));
            t.put("opportunities", a.count(NoteKind.OPPORTUNITY));
            t.put("worksWell", a.count(NoteKind.WORKS_WELL));
            t.put("threats", a.count(NoteKind.THREAT));
            touchpoints.add(t);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("period", inventory.period());
        json.put("touchpoints", touchpoints);
        json.put("averageRatingByPeriod", inventory.averageByPeriod());
        return json;
    }

    private static void print(PrintWriter out, Strategy strategy, AuditInventory inventory, String file) {
        if (inventory.touchpoints().isEmpty()) {
            out.println(file + " has no touchpoints yet. Chart them first, e.g.:");
            out.println("  cxw touchpoint add " + file + " --name \"Mobile app\" --channel MOBILE_APP --stage Order");
            return;
        }
        out.printf("Touchpoint inventory of %s%s: %d touchpoints in %d channels%n", strategy.getName(),
                inventory.period() == null ? "" : " up to " + inventory.period(), inventory.touchpoints().size(),
                inventory.channels());
        int stageWidth = Math.max(10, inventory.touchpoints().stream().mapToInt(a -> a.stage().length()).max()
                .orElse(0));
        int nameWidth = inventory.touchpoints().stream().mapToInt(a -> label(a).length()).max().orElse(0);
        int ownerWidth = inventory.touchpoints().stream().mapToInt(a -> owner(a).length()).max().orElse(0);
        String row = "  %-" + stageWidth + "s  %-" + nameWidth + "s  owner: %-" + ownerWidth + "s  %s%n";
        String detail = "  %-" + stageWidth + "s  %s%n";
        String channel = null;
        for (TouchpointAudit a : inventory.touchpoints()) {
            if (!a.channel().equals(channel)) {
                channel = a.channel();
                out.println();
                out.println(channel.isEmpty() ? "(no channel)" : channel);
            }
            out.printf(row, a.stage().isEmpty() ? "(no stage)" : a.stage(), label(a), owner(a), rating(a));
            if (a.ratingsByPeriod().size() > 1) {
                List<String> history = new ArrayList<>();
                a.ratingsByPeriod().forEach((p, v) -> history.add(p + " " + RatingScale.format(v)));
                out.printf(detail, "", "ratings: " + String.join(", ", history) + " (trend "
                        + RatingScale.formatChange(a.trend()) + ")");
            }
            out.printf(detail, "", String.format(java.util.Locale.ROOT,
                    "pain points %d, opportunities %d, works well %d, threats %d", a.count(NoteKind.PAIN_POINT),
                    a.count(NoteKind.OPPORTUNITY), a.count(NoteKind.WORKS_WELL), a.count(NoteKind.THREAT)));
        }
        Map<String, Double> averages = inventory.averageByPeriod();
        if (!averages.isEmpty()) {
            List<String> parts = new ArrayList<>();
            averages.forEach((p, v) -> parts.add(p + " " + RatingScale.format(v)));
            out.println();
            out.println("Average rating per period: " + String.join(", ", parts));
        }
    }

    private static String label(TouchpointAudit a) {
        return a.touchpoint().getId() + " " + a.name();
    }

    private static String owner(TouchpointAudit a) {
        return a.owner() == null ? "none" : a.owner();
    }

    private static String rating(TouchpointAudit a) {
        if (!a.rated()) {
            return "not rated";
        }
        return "rating " + RatingScale.format(a.latestRating()) + " of 5 (" + a.latestPeriod() + ")";
    }
}
