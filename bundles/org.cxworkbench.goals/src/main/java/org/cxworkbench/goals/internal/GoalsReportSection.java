package org.cxworkbench.goals.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.cxworkbench.api.goals.GoalProgress;
import org.cxworkbench.api.kpi.KpiService;
import org.cxworkbench.api.report.Block;
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
import org.cxworkbench.api.report.Table.Kind;
import org.cxworkbench.model.Goal;
import org.cxworkbench.model.GoalStatus;
import org.cxworkbench.model.SmartCriterion;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The goals section of the quarterly report: the goal tree with baseline, target, measured value, progress and
 * status, and the SMART check letter by letter with its reasons. Goals are checked and measured afresh for the
 * report's period; the strategy is not changed.
 */
@Component(service = ReportSection.class)
@ReportSectionService(id = GoalsReportSection.ID, order = 200)
public final class GoalsReportSection implements ReportSection {

    static final String ID = "goals";

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile KpiService kpis;

    /** For DS. */
    public GoalsReportSection() {
    }

    /** With a fixed KPI service ({@code null} for none). */
    GoalsReportSection(KpiService kpis) {
        this.kpis = kpis;
    }

    @Override
    public Section build(ReportContext context) {
        ReportText text = new ReportText(context.locale());
        List<GoalTree.Node> nodes = GoalTree.walk(context.strategy());
        if (nodes.isEmpty()) {
            return new Section(ID, text.get("title"), List.of(new Notice(Status.WARNING, text.get("none"))));
        }
        KpiService kpiService = kpis;
        List<GoalEvaluation> evaluations = nodes.stream()
                .map(n -> GoalEvaluation.of(kpiService, n, context.period())).toList();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(summary(text, evaluations, context.period())));
        blocks.add(tree(text, evaluations));
        blocks.add(new Paragraph(text.get("thresholds")));
        blocks.add(new Heading(1, text.get("smart.heading")));
        blocks.add(smartMatrix(text, evaluations));
        blocks.add(reasons(text, evaluations));
        return new Section(ID, text.get("title"), blocks);
    }

    private static String summary(ReportText text, List<GoalEvaluation> evaluations, String period) {
        Map<GoalStatus, Integer> counts = new EnumMap<>(GoalStatus.class);
        evaluations.forEach(e -> counts.merge(e.progress().status(), 1, Integer::sum));
        long topLevel = evaluations.stream().filter(e -> e.level() == 0).count();
        long smart = evaluations.stream().filter(GoalEvaluation::smartPassed).count();
        return text.format("summary", evaluations.size(), topLevel, smart,
                period == null ? text.get("summary.noPeriod") : period,
                counts.getOrDefault(GoalStatus.ACHIEVED, 0), counts.getOrDefault(GoalStatus.ON_TRACK, 0),
                counts.getOrDefault(GoalStatus.AT_RISK, 0), counts.getOrDefault(GoalStatus.OFF_TRACK, 0),
                counts.getOrDefault(GoalStatus.MISSED, 0), counts.getOrDefault(GoalStatus.UNKNOWN, 0));
    }

    private static Table tree(ReportText text, List<GoalEvaluation> evaluations) {
        List<Column> columns = List.of(Column.of("goal", text.get("col.goal"), Kind.TEXT), Column.of("kpi", text.get("col.kpi"), Kind.TEXT),
                Column.of("baseline", text.get("col.baseline"), Kind.DECIMAL),
                Column.of("target", text.get("col.target"), Kind.DECIMAL),
                Column.of("measured", text.get("col.measured"), Kind.DECIMAL),
                Column.of("progress", text.get("col.progress"), Kind.PERCENT),
                Column.of("status", text.get("col.status"), Kind.STATUS),
                Column.of("deadline", text.get("col.deadline"), Kind.DATE),
                Column.of("owner", text.get("col.owner"), Kind.TEXT),
                new Column("explanation", text.get("col.explanation"), Kind.TEXT, null, 10));
        List<List<Cell>> rows = new ArrayList<>();
        for (GoalEvaluation e : evaluations) {
            Goal goal = e.goal();
            GoalProgress p = e.progress();
            // the tree shows as indentation; the period of the measured value is in the explanation
            rows.add(List.of(Cell.of("  ".repeat(e.level()) + name(goal)),
                    Cell.of(p.kpiCode()), number(p.baseline()), number(p.target()), number(p.measured()),
                    number(p.progress() * 100),
                    new Cell(text.get("status." + p.status().getName()), colour(p.status())),
                    Cell.of(deadline(goal)), Cell.of(goal.getOwner() == null ? null : goal.getOwner().getName()),
                    Cell.of(p.explanation())));
        }
        return new Table("goalTree", text.get("tree.caption"), columns, rows, false);
    }

    private static Table smartMatrix(ReportText text, List<GoalEvaluation> evaluations) {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.of("goal", text.get("col.goal"), Kind.TEXT));
        for (SmartCriterion criterion : SmartCriterion.values()) {
            columns.add(Column.of(criterion.getName().toLowerCase(), text.get("letter." + criterion.getName()),
                    Kind.STATUS));
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (GoalEvaluation e : evaluations) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.of("  ".repeat(e.level()) + name(e.goal())));
            for (LetterCheck letter : e.letters()) {
                row.add(new Cell(text.get(letter.passed() ? "result.pass" : "result.fail"),
                        letter.passed() ? Status.GOOD : Status.BAD));
            }
            rows.add(row);
        }
        return new Table("smart", text.get("smart.caption"), columns, rows, false);
    }

    private static Table reasons(ReportText text, List<GoalEvaluation> evaluations) {
        List<Column> columns = List.of(Column.of("goal", text.get("col.goal"), Kind.TEXT),
                Column.of("letter", text.get("col.letter"), Kind.TEXT),
                Column.of("result", text.get("col.result"), Kind.STATUS),
                new Column("reason", text.get("col.reason"), Kind.TEXT, null, 8));
        List<List<Cell>> rows = new ArrayList<>();
        for (GoalEvaluation e : evaluations) {
            for (LetterCheck letter : e.letters()) {
                rows.add(List.of(Cell.of(name(e.goal())), Cell.of(text.get("letter." + letter.criterion().getName())),
                        new Cell(text.get(letter.passed() ? "result.pass" : "result.fail"),
                                letter.passed() ? Status.GOOD : Status.BAD),
                        Cell.of(letter.reason())));
            }
        }
        return new Table("smartReasons", text.get("reasons.caption"), columns, rows, rows.size() > 200);
    }

    static Status colour(GoalStatus status) {
        return switch (status) {
            case ACHIEVED, ON_TRACK -> Status.GOOD;
            case AT_RISK -> Status.WARNING;
            case OFF_TRACK, MISSED -> Status.BAD;
            default -> Status.NEUTRAL;
        };
    }

    private static Cell number(double value) {
        return Cell.of(Double.isFinite(value) ? value : null);
    }

    private static String name(Goal goal) {
        if (goal.getName() != null && !goal.getName().isBlank()) {
            return goal.getName();
        }
        return goal.getStatement() != null && !goal.getStatement().isBlank() ? goal.getStatement() : goal.getId();
    }

    private static String deadline(Goal goal) {
        if (goal.getDueDate() != null && !goal.getDueDate().isBlank()) {
            return goal.getDueDate();
        }
        return goal.getPeriod();
    }
}
