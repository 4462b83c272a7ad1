package org.cxworkbench.optimise.internal.report;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import org.cxworkbench.api.report.Block;
import org.cxworkbench.api.report.BulletList;
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
import org.cxworkbench.model.BacklogItem;
import org.cxworkbench.model.GoalStatus;
import org.cxworkbench.model.OptimisationReview;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.WorkStatus;
import org.cxworkbench.optimise.api.Alert;
import org.cxworkbench.optimise.api.AlertService;
import org.cxworkbench.optimise.api.AlertSeverity;
import org.cxworkbench.optimise.internal.trends.GoalTrend;
import org.cxworkbench.plan.api.ReportingPeriod;
import org.cxworkbench.optimise.internal.trends.MeasureServices;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The "optimisation" section of the report: goal gaps and trends, the alerts of the period with severity
 * colours, the improvement backlog and the optimisation review of the period.
 */
@Component(service = ReportSection.class)
@ReportSectionService(id = OptimisationSection.ID, order = 800)
public final class OptimisationSection implements ReportSection {

    static final String ID = "optimisation";

    private final AlertService alerts;
    private final MeasureServices measures;

    @Activate
    public OptimisationSection(@Reference AlertService alerts, @Reference MeasureServices measures) {
        this.alerts = alerts;
        this.measures = measures;
    }

    @Override
    public Section build(ReportContext context) {
        Texts texts = new Texts(context.locale());
        Strategy strategy = context.strategy();
        ReportingPeriod period = ReportingPeriod.parse(context.period());
        List<Alert> found = alerts.alerts(strategy, period.text());
        long open = strategy.getBacklog().stream().filter(OptimisationSection::isOpen).count();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(texts.format("intro", found.size(), period.text(), open)));
        blocks.add(new Heading(1, texts.get("goals.caption")));
        List<GoalTrend> trends = measures.goalTrends(strategy, period);
        if (trends == null) {
            blocks.add(new Notice(Status.NEUTRAL, texts.get("goals.notTracked")));
        } else {
            blocks.add(goalsTable(trends, texts));
        }
        blocks.add(new Heading(1, texts.get("alerts.caption")));
        blocks.add(found.isEmpty() ? new Paragraph(texts.format("alerts.none", period.text())) : alertsTable(found, texts));
        blocks.add(new Heading(1, texts.get("backlog.caption")));
        blocks.add(strategy.getBacklog().isEmpty() ? new Paragraph(texts.get("backlog.none"))
                : backlogTable(strategy.getBacklog(), texts));
        blocks.addAll(review(strategy, period, texts));
        return new Section(ID, texts.get("title"), blocks);
    }

    static Table goalsTable(List<GoalTrend> trends, Texts texts) {
        List<Column> columns = List.of(Column.of("goal", texts.get("goals.goal"), Kind.TEXT),
                Column.of("kpi", texts.get("goals.kpi"), Kind.TEXT),
                Column.of("target", texts.get("goals.target"), Kind.DECIMAL),
                Column.of("measured", texts.get("goals.measured"), Kind.DECIMAL),
                new Column("gap", texts.get("goals.gap"), Kind.DECIMAL, null, 2),
                Column.of("trend", texts.get("goals.trend"), Kind.TEXT),
                Column.of("status", texts.get("goals.status"), Kind.STATUS));
        List<List<Cell>> rows = new ArrayList<>();
        for (GoalTrend t : trends) {
            String trend = t.trend().stream().map(p -> (Double.isNaN(p.value()) ? "-"
                    : String.format(Locale.ROOT, "%.1f", p.value())) + " (" + p.period() + ")")
                    .collect(Collectors.joining(" → "));
            rows.add(List.of(Cell.of(t.goal()), Cell.of(t.kpiCode()), Cell.of(number(t.target())),
                    Cell.of(number(t.measured())), Cell.of(number(t.gap())), Cell.of(trend),
                    new Cell(texts.get("goalStatus." + t.status().getName()), colour(t.status()))));
        }
        return new Table("goals", texts.get("goals.caption"), columns, rows, false);
    }

    static Table alertsTable(List<Alert> found, Texts texts) {
        List<Column> columns = List.of(Column.of("severity", texts.get("alerts.severity"), Kind.STATUS),
                Column.of("kind", texts.get("alerts.kind"), Kind.TEXT),
                Column.of("subject", texts.get("alerts.subject"), Kind.TEXT),
                Column.of("message", texts.get("alerts.message"), Kind.TEXT),
                Column.of("evidence", texts.get("alerts.evidence"), Kind.TEXT));
        List<List<Cell>> rows = new ArrayList<>();
        for (Alert alert : found) {
            rows.add(List.of(new Cell(texts.get("severity." + alert.severity().name()), colour(alert.severity())),
                    Cell.of(texts.get("kind." + alert.kind().name())), Cell.of(alert.subjectId()),
                    Cell.of(alert.message()), Cell.of(alert.evidence())));
        }
        return new Table("alerts", texts.get("alerts.caption"), columns, rows, false);
    }

    static Table backlogTable(List<BacklogItem> backlog, Texts texts) {
        List<Column> columns = List.of(Column.of("priority", texts.get("backlog.priority"), Kind.INTEGER),
                Column.of("item", texts.get("backlog.item"), Kind.TEXT),
                Column.of("evidence", texts.get("backlog.evidence"), Kind.TEXT),
                Column.of("status", texts.get("backlog.status"), Kind.STATUS));
        List<BacklogItem> sorted = new ArrayList<>(backlog);
        sorted.sort(Comparator.comparing((BacklogItem i) -> !isOpen(i))
                .thenComparingInt(i -> i.getPriority() > 0 ? i.getPriority() : Integer.MAX_VALUE));
        List<List<Cell>> rows = new ArrayList<>();
        for (BacklogItem item : sorted) {
            rows.add(List.of(Cell.of(item.getPriority() > 0 ? item.getPriority() : null), Cell.of(item.getName()),
                    Cell.of(item.getEvidence()),
                    new Cell(texts.get("workStatus." + item.getStatus().getName()), colour(item.getStatus()))));
        }
        return new Table("backlog", texts.get("backlog.caption"), columns, rows, false);
    }

    private static List<Block> review(Strategy strategy, ReportingPeriod period, Texts texts) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(1, texts.format("review.caption", period.text())));
        OptimisationReview review = strategy.getReviews().stream().filter(r -> period.text().equals(r.getPeriod()))
                .reduce((first, second) -> second).orElse(null);
        if (review == null) {
            blocks.add(new Notice(Status.WARNING, texts.format("review.missing", period.text())));
            return blocks;
        }
        String date = review.getDate() == null || review.getDate().isBlank() ? texts.get("unknownDate") : review.getDate();
        blocks.add(new Paragraph(review.getParticipants().isEmpty() ? texts.format("review.heldNoParticipants", date)
                : texts.format("review.held", date, String.join(", ", review.getParticipants()))));
        addList(blocks, texts.get("review.inputs"), review.getInputs());
        addList(blocks, texts.get("review.findings"), review.getFindings());
        if (review.getDecisions().isEmpty()) {
            blocks.add(new Heading(2, texts.get("review.decisions")));
            blocks.add(new Notice(Status.WARNING, texts.get("review.noDecisions")));
        } else {
            addList(blocks, texts.get("review.decisions"), review.getDecisions());
        }
        return blocks;
    }

    private static void addList(List<Block> blocks, String heading, List<String> items) {
        if (!items.isEmpty()) {
            blocks.add(new Heading(2, heading));
            blocks.add(new BulletList(items));
        }
    }

    private static boolean isOpen(BacklogItem item) {
        return item.getStatus() != WorkStatus.DONE && item.getStatus() != WorkStatus.CANCELLED;
    }

    private static Double number(double value) {
        return Double.isNaN(value) ? null : value;
    }

    private static Status colour(AlertSeverity severity) {
        return switch (severity) {
            case CRITICAL -> Status.BAD;
            case WARNING -> Status.WARNING;
            case INFO -> Status.NEUTRAL;
        };
    }

    private static Status colour(GoalStatus status) {
        return switch (status) {
            case ON_TRACK, ACHIEVED -> Status.GOOD;
            case AT_RISK -> Status.WARNING;
            case OFF_TRACK, MISSED -> Status.BAD;
            default -> Status.NEUTRAL;
        };
    }

    private static Status colour(WorkStatus status) {
        return switch (status) {
            case DONE -> Status.GOOD;
            case BLOCKED -> Status.BAD;
            case IN_PROGRESS -> Status.WARNING;
            default -> Status.NEUTRAL;
        };
    }

    /** The section's translated text. */
    static final class Texts {
        private final ResourceBundle bundle;
        private final Locale locale;

        Texts(Locale locale) {
            this.locale = locale;
            this.bundle = ResourceBundle.getBundle("org.cxworkbench.optimise.internal.report.OptimisationReport",
                    locale, OptimisationSection.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        }

        String get(String key) {
            return bundle.getString(key);
        }

        String format(String key, Object... arguments) {
            return new MessageFormat(bundle.getString(key), locale).format(arguments);
        }
    }
}
