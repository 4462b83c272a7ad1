package org.cxworkbench.competitors.internal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;

import org.cxworkbench.api.report.Block;
import org.cxworkbench.api.report.Chart;
import org.cxworkbench.api.report.Heading;
import org.cxworkbench.api.report.Notice;
import org.cxworkbench.api.report.Paragraph;
import org.cxworkbench.api.report.ReportContext;
import org.cxworkbench.api.report.ReportSection;
import org.cxworkbench.api.report.ReportSectionService;
import org.cxworkbench.api.report.Section;
import org.cxworkbench.api.report.Status;
import org.cxworkbench.api.report.Table;
import org.cxworkbench.api.report.Table.Cell;
import org.cxworkbench.api.report.Table.Column;
import org.cxworkbench.competitors.api.RankChange;
import org.cxworkbench.competitors.api.RankTracker;
import org.cxworkbench.competitors.internal.gap.GapAnalysis;
import org.cxworkbench.competitors.internal.rank.KeywordOrder;
import org.cxworkbench.competitors.internal.rank.RankHistory;
import org.cxworkbench.competitors.internal.rank.RankHistory.Subject;
import org.cxworkbench.model.CompetitorFinding;
import org.cxworkbench.model.Keyword;
import org.cxworkbench.model.Opportunity;
import org.cxworkbench.model.OpportunitySource;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.SwotItem;
import org.cxworkbench.model.SwotSubject;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The report section {@code competitors} (steps 3 and 4): the keyword rank matrix with its history and a
 * chart of the top keyword, the research findings per competitor, the competitor SWOT and the gaps and
 * opportunities found.
 */
@Component(service = ReportSection.class)
@ReportSectionService(id = CompetitorsReportSection.ID, order = 400)
public final class CompetitorsReportSection implements ReportSection {

    static final String ID = "competitors";

    private final RankTracker tracker;

    @Activate
    public CompetitorsReportSection(@Reference RankTracker tracker) {
        this.tracker = tracker;
    }

    @Override
    public Section build(ReportContext context) {
        ReportTexts texts = new ReportTexts(context.locale());
        Strategy strategy = context.strategy();
        List<Block> blocks = new ArrayList<>();
        rankBlocks(strategy, texts, blocks);
        blocks.add(new Heading(1, texts.text("findings.heading")));
        blocks.add(strategy.getFindings().isEmpty() ? new Paragraph(texts.text("findings.none")) : findings(strategy, texts));
        blocks.add(new Heading(1, texts.text("swot.heading")));
        List<SwotItem> swot = strategy.getSwotItems().stream().filter(i -> i.getSubjectKind() == SwotSubject.COMPETITOR).toList();
        blocks.add(swot.isEmpty() ? new Paragraph(texts.text("swot.none")) : swot(swot, texts));
        gapBlocks(strategy, texts, blocks);
        return new Section(ID, texts.text("title"), blocks);
    }

    private void rankBlocks(Strategy strategy, ReportTexts texts, List<Block> blocks) {
        blocks.add(new Heading(1, texts.text("ranks.heading")));
        List<Keyword> keywords = KeywordOrder.top(strategy, KeywordOrder.DEFAULT_TOP);
        if (keywords.isEmpty()) {
            blocks.add(new Paragraph(texts.text("ranks.none")));
            return;
        }
        blocks.add(new Paragraph(texts.text("ranks.intro")));
        RankHistory history = RankHistory.of(strategy);
        List<Subject> subjects = history.subjects();
        List<RankChange> changes = tracker.changes(strategy, KeywordOrder.DEFAULT_TOP);
        blocks.add(matrix(keywords, subjects, changes, texts));
        blocks.add(history(keywords, subjects, history, texts));
        Keyword top = keywords.get(0);
        List<String> dates = history.dates(top);
        if (!dates.isEmpty()) {
            List<Chart.Series> series = new ArrayList<>();
            for (Subject subject : subjects) {
                NavigableMap<String, Integer> positions = history.positions(top, subject);
                if (!positions.isEmpty()) {
                    series.add(new Chart.Series(name(subject, texts),
                            dates.stream().map(d -> positions.get(d) == null ? Double.NaN : positions.get(d).doubleValue()).toList()));
                }
            }
            blocks.add(new Chart("top-keyword-positions", texts.format("chart.title", top.getTerm()), Chart.Kind.LINE,
                    dates, series, texts.text("chart.axis")));
        }
    }

    private static Table matrix(List<Keyword> keywords, List<Subject> subjects, List<RankChange> changes, ReportTexts texts) {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.of("keyword", texts.text("ranks.keyword"), Table.Kind.TEXT));
        columns.add(Column.of("relevance", texts.text("ranks.relevance"), Table.Kind.INTEGER));
        for (int i = 0; i < subjects.size(); i++) {
            String name = name(subjects.get(i), texts);
            columns.add(Column.of("position" + i, texts.format("ranks.position", name), Table.Kind.INTEGER));
            columns.add(Column.of("change" + i, texts.format("ranks.change", name), Table.Kind.INTEGER));
        }
        columns.add(Column.of("latestDate", texts.text("ranks.latestDate"), Table.Kind.DATE));
        List<List<Cell>> rows = new ArrayList<>();
        for (Keyword keyword : keywords) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.of(keyword.getTerm()));
            row.add(Cell.of(keyword.getRelevanceRank() > 0 ? keyword.getRelevanceRank() : null));
            String latestDate = null;
            for (Subject subject : subjects) {
                RankChange change = changes.stream().filter(c -> c.keywordId() != null && c.keywordId().equals(keyword.getId())
                        && sameSubject(c, subject)).findFirst().orElse(null);
                row.add(Cell.of(change == null ? null : change.latestPosition()));
                Integer gained = change == null ? null : change.placesGained();
                row.add(new Cell(gained, gained == null || gained == 0 ? Status.NEUTRAL : gained > 0 ? Status.GOOD : Status.BAD));
                if (change != null && (latestDate == null || change.latestDate().compareTo(latestDate) > 0)) {
                    latestDate = change.latestDate();
                }
            }
            row.add(Cell.of(latestDate));
            rows.add(row);
        }
        return new Table("rank-matrix", texts.text("ranks.caption"), columns, rows, false);
    }

    private static Table history(List<Keyword> keywords, List<Subject> subjects, RankHistory history, ReportTexts texts) {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.of("keyword", texts.text("ranks.keyword"), Table.Kind.TEXT));
        columns.add(Column.of("date", texts.text("history.date"), Table.Kind.DATE));
        for (int i = 0; i < subjects.size(); i++) {
            columns.add(Column.of("position" + i, name(subjects.get(i), texts), Table.Kind.INTEGER));
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (Keyword keyword : keywords) {
            for (String date : history.dates(keyword)) {
                List<Cell> row = new ArrayList<>();
                row.add(Cell.of(keyword.getTerm()));
                row.add(Cell.of(date));
                subjects.forEach(s -> row.add(Cell.of(history.positions(keyword, s).get(date))));
                rows.add(row);
            }
        }
        return new Table("rank-history", texts.text("history.caption"), columns, rows, rows.size() > 200);
    }

    private static boolean sameSubject(RankChange change, Subject subject) {
        return subject.ownBrand() ? change.ownBrand()
                : subject.competitor().getId() != null && subject.competitor().getId().equals(change.competitorId());
    }

    private static String name(Subject subject, ReportTexts texts) {
        return subject.ownBrand() ? texts.text("ownBrand") : subject.competitor().getName();
    }

    private static Table findings(Strategy strategy, ReportTexts texts) {
        List<Column> columns = List.of(
                Column.of("competitor", texts.text("findings.competitor"), Table.Kind.TEXT),
                Column.of("kind", texts.text("findings.kind"), Table.Kind.TEXT),
                Column.of("text", texts.text("findings.text"), Table.Kind.TEXT),
                Column.of("request", texts.text("findings.request"), Table.Kind.TEXT),
                Column.of("responseHours", texts.text("findings.responseHours"), Table.Kind.DECIMAL),
                Column.of("quality", texts.text("findings.quality"), Table.Kind.INTEGER),
                Column.of("source", texts.text("findings.source"), Table.Kind.TEXT),
                Column.of("date", texts.text("findings.date"), Table.Kind.DATE));
        List<List<Cell>> rows = new ArrayList<>();
        List<CompetitorFinding> ordered = new ArrayList<>();
        strategy.getCompetitors().forEach(c -> strategy.getFindings().stream().filter(f -> f.getCompetitor() == c).forEach(ordered::add));
        strategy.getFindings().stream().filter(f -> !ordered.contains(f)).forEach(ordered::add);
        for (CompetitorFinding finding : ordered) {
            Status quality = !finding.isSetQuality() ? Status.NEUTRAL
                    : finding.getQuality() <= 2 ? Status.BAD : finding.getQuality() >= 4 ? Status.GOOD : Status.WARNING;
            rows.add(List.of(
                    Cell.of(finding.getCompetitor() == null ? null : finding.getCompetitor().getName()),
                    Cell.of(texts.literal("kind", finding.getKind())),
                    Cell.of(finding.getText()),
                    Cell.of(finding.getRequest()),
                    Cell.of(finding.isSetResponseHours() ? finding.getResponseHours() : null),
                    new Cell(finding.isSetQuality() ? finding.getQuality() : null, quality),
                    Cell.of(finding.getSource()),
                    Cell.of(finding.getDate())));
        }
        return new Table("findings", "", columns, rows, rows.size() > 200);
    }

    private static Table swot(List<SwotItem> items, ReportTexts texts) {
        List<Column> columns = List.of(
                Column.of("competitor", texts.text("swot.competitor"), Table.Kind.TEXT),
                Column.of("quadrant", texts.text("swot.quadrant"), Table.Kind.TEXT),
                Column.of("text", texts.text("swot.text"), Table.Kind.TEXT));
        List<List<Cell>> rows = new ArrayList<>();
        for (SwotItem item : items) {
            rows.add(List.of(Cell.of(item.getCompetitor() == null ? null : item.getCompetitor().getName()),
                    Cell.of(texts.literal("quadrant", item.getQuadrant())), Cell.of(item.getText())));
        }
        return new Table("competitor-swot", "", columns, rows, false);
    }

    private static void gapBlocks(Strategy strategy, ReportTexts texts, List<Block> blocks) {
        blocks.add(new Heading(1, texts.text("gaps.heading")));
        List<Opportunity> gaps = strategy.getOpportunities().stream()
                .filter(o -> o.getSource() == OpportunitySource.COMPETITOR_GAP).toList();
        if (gaps.isEmpty()) {
            blocks.add(new Paragraph(texts.text("gaps.none")));
        } else {
            List<Column> columns = List.of(
                    Column.of("name", texts.text("gaps.name"), Table.Kind.TEXT),
                    Column.of("description", texts.text("gaps.description"), Table.Kind.TEXT),
                    Column.of("theirWeakness", texts.text("gaps.theirWeakness"), Table.Kind.TEXT),
                    Column.of("ourStrength", texts.text("gaps.ourStrength"), Table.Kind.TEXT),
                    Column.of("theirStrength", texts.text("gaps.theirStrength"), Table.Kind.TEXT),
                    Column.of("ourWeakness", texts.text("gaps.ourWeakness"), Table.Kind.TEXT),
                    Column.of("status", texts.text("gaps.status"), Table.Kind.TEXT));
            List<List<Cell>> rows = new ArrayList<>();
            for (Opportunity gap : gaps) {
                rows.add(List.of(Cell.of(gap.getName()), Cell.of(gap.getDescription()), swotText(gap.getTheirWeakness()),
                        swotText(gap.getOurStrength()), swotText(gap.getTheirStrength()), swotText(gap.getOurWeakness()),
                        Cell.of(gap.getStatus())));
            }
            blocks.add(new Table("gaps", "", columns, rows, false));
        }
        long unrecorded = GapAnalysis.propose(strategy).stream()
                .filter(p -> GapAnalysis.recorded(strategy, p).isEmpty()).count();
        if (unrecorded > 0) {
            blocks.add(new Notice(Status.WARNING, texts.format("gaps.unrecorded", unrecorded)));
        }
    }

    private static Cell swotText(SwotItem item) {
        return Cell.of(item == null ? null : item.getText());
    }
}
