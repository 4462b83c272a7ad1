package org.cxworkbench.competitors.internal.rank;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.cxworkbench.api.command.CommandContext;
import org.cxworkbench.api.command.CommandException;
import org.cxworkbench.api.command.CommandSpec;
import org.cxworkbench.api.command.CxwCommand;
import org.cxworkbench.api.command.CxwCommandService;
import org.cxworkbench.api.command.StrategyFiles;
import org.cxworkbench.api.store.StrategyStore;
import org.cxworkbench.competitors.api.RankChange;
import org.cxworkbench.competitors.api.RankTracker;
import org.cxworkbench.competitors.internal.rank.RankHistory.Subject;
import org.cxworkbench.competitors.internal.text.TextTable;
import org.cxworkbench.model.Keyword;
import org.cxworkbench.model.Strategy;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code cxw rank-matrix FILE [--top N] [--json]}: the most relevant keywords against the own brand and
 * every competitor, with each one's latest search position and the change since the observation date before.
 */
@Component(service = CxwCommand.class)
@CxwCommandService(command = "rank-matrix", summary = "Shows who ranks where for the top keywords, with changes since the last check",
        group = "steps")
public final class RankMatrixCommand implements CxwCommand {

    private static final String TOP = "--top";

    private final StrategyStore store;
    private final RankTracker tracker;

    @Activate
    public RankMatrixCommand(@Reference StrategyStore store, @Reference RankTracker tracker) {
        this.store = store;
        this.tracker = tracker;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of("rank-matrix", "Step 3: for the most relevant competitive keywords (relevance rank 1 "
                + "first), shows the latest search position of the own brand and of every competitor, and the "
                + "change since the previous observation date (a lower position is better: 'up 2' means two "
                + "places higher in the results). Record positions with 'cxw rank add'.")
                .arg(StrategyFiles.FILE, "the strategy file (.cxs)")
                .option(TOP, "N", "how many keywords to show, most relevant first (default "
                        + KeywordOrder.DEFAULT_TOP + ")")
                .example("cxw rank-matrix acme.cxs")
                .example("cxw rank-matrix acme.cxs --top 5 --json");
    }

    @Override
    public int run(CommandContext context) throws CommandException {
        int top = topOption(context);
        Strategy strategy = StrategyFiles.load(store, context);
        List<Keyword> keywords = KeywordOrder.top(strategy, top);
        List<RankChange> changes = tracker.changes(strategy, top);
        List<Subject> subjects = RankHistory.of(strategy).subjects();
        if (context.json()) {
            context.printJson(json(keywords, subjects, changes));
        } else {
            print(context.out(), strategy, keywords, subjects, changes);
        }
        return OK;
    }

    private static int topOption(CommandContext context) throws CommandException {
        String value = context.option(TOP).orElse(null);
        if (value == null) {
            return KeywordOrder.DEFAULT_TOP;
        }
        try {
            int top = Integer.parseInt(value.strip());
            if (top >= 1) {
                return top;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CommandException("cxw rank-matrix: " + TOP + " must be a whole number of at least 1, not '" + value + "'");
    }

    private static RankChange cell(List<RankChange> changes, Keyword keyword, Subject subject) {
        String competitorId = subject.ownBrand() ? null : subject.competitor().getId();
        return changes.stream()
                .filter(c -> Objects.equals(c.keywordId(), keyword.getId()) && Objects.equals(c.competitorId(), competitorId))
                .findFirst().orElse(null);
    }

    private static String subjectName(Subject subject) {
        return subject.ownBrand() ? "Own brand" : subject.competitor().getName();
    }

    private static void print(PrintWriter out, Strategy strategy, List<Keyword> keywords, List<Subject> subjects,
            List<RankChange> changes) {
        if (keywords.isEmpty()) {
            out.println(strategy.getName() + ": no competitive keywords yet. Add the top 5-10 with "
                    + "'cxw keyword add FILE --term TEXT --relevance-rank N'.");
            return;
        }
        out.println("Latest search position per keyword (lower is better; change since the previous observation):");
        out.println();
        List<String> headers = new ArrayList<>();
        headers.add("Keyword (relevance)");
        subjects.forEach(s -> headers.add(subjectName(s)));
        headers.add("Latest check");
        TextTable table = new TextTable(headers);
        for (Keyword keyword : keywords) {
            List<String> row = new ArrayList<>();
            row.add(keyword.getTerm() + (keyword.getRelevanceRank() > 0 ? " (" + keyword.getRelevanceRank() + ")" : ""));
            String latestDate = "";
            for (Subject subject : subjects) {
                RankChange change = cell(changes, keyword, subject);
                row.add(change == null ? "-" : RankChangeText.of(change));
                if (change != null && change.latestDate().compareTo(latestDate) > 0) {
                    latestDate = change.latestDate();
                }
            }
            row.add(latestDate.isEmpty() ? "never observed" : latestDate);
            table.row(row);
        }
        table.print(out);
    }

    private static Map<String, Object> json(List<Keyword> keywords, List<Subject> subjects, List<RankChange> changes) {
        List<Object> rows = new ArrayList<>();
        for (Keyword keyword : keywords) {
            List<Object> cells = new ArrayList<>();
            for (Subject subject : subjects) {
                RankChange change = cell(changes, keyword, subject);
                if (change != null) {
                    Map<String, Object> cell = new LinkedHashMap<>();
                    cell.put("competitorId", change.competitorId());
                    cell.put("competitor", subject.ownBrand() ? null : change.competitorName());
                    cell.put("ownBrand", change.ownBrand());
                    cell.put("latestPosition", change.latestPosition());
                    cell.put("latestDate", change.latestDate());
                    cell.put("previousPosition", change.previousPosition());
                    cell.put("previousDate", change.previousDate());
                    cell.put("placesGained", change.placesGained());
                    cells.add(cell);
                }
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", keyword.getId());
            row.put("term", keyword.getTerm());
            row.put("relevanceRank", keyword.getRelevanceRank());
            row.put("cells", cells);
            rows.add(row);
        }
        List<Object> subjectJson = new ArrayList<>();
        for (Subject subject : subjects) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("competitorId", subject.ownBrand() ? null : subject.competitor().getId());
            s.put("name", subjectName(subject));
            subjectJson.add(s);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("subjects", subjectJson);
        json.put("keywords", rows);
        return json;
    }
}
