package org.cxworkbench.plan.internal.report;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import org.cxworkbench.api.report.Block;
import org.cxworkbench.api.report.Heading;
import org.cxworkbench.api.report.KeyFigures;
import org.cxworkbench.api.report.KeyFigures.KeyFigure;
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
import org.cxworkbench.model.WorkStatus;
import org.cxworkbench.plan.api.ImplementationPlan;
import org.cxworkbench.plan.api.PlanSummary;
import org.cxworkbench.plan.api.PlanTimeline;
import org.cxworkbench.plan.api.ReportingPeriod;
import org.cxworkbench.plan.api.StepPlan;
import org.cxworkbench.plan.api.TacticPlan;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The "plan" section of the report: the tactics and their ordered steps. Overdue flags are evaluated as of
 * the last day of the report period, so the same report comes out whenever it is produced.
 */
@Component(service = ReportSection.class)
@ReportSectionService(id = PlanSection.ID, order = 600)
public final class PlanSection implements ReportSection {

    static final String ID = "plan";

    private final ImplementationPlan plan;

    @Activate
    public PlanSection(@Reference ImplementationPlan plan) {
        this.plan = plan;
    }

    @Override
    public Section build(ReportContext context) {
        Texts texts = new Texts(context.locale());
        ReportingPeriod period = ReportingPeriod.parse(context.period());
        LocalDate today = period.end();
        PlanTimeline timeline = plan.timeline(context.strategy(), today);
        List<Block> blocks = new ArrayList<>();
        if (timeline.tactics().isEmpty()) {
            blocks.add(new Paragraph(texts.get("empty")));
            return new Section(ID, texts.get("title"), blocks);
        }
        PlanSummary summary = timeline.summary();
        blocks.add(new Paragraph(texts.format("intro", summary.tactics(), summary.steps(), today, period.text())));
        blocks.add(keyFigures(summary, today, texts));
        blocks.add(new Heading(1, texts.get("tactics.caption")));
        blocks.add(tacticsTable(timeline, texts));
        blocks.add(new Heading(1, texts.get("steps.caption")));
        blocks.add(stepsTable(timeline, texts));
        return new Section(ID, texts.get("title"), blocks);
    }

    private static KeyFigures keyFigures(PlanSummary s, LocalDate today, Texts texts) {
        return new KeyFigures(List.of(
                new KeyFigure(texts.get("figure.steps"), String.valueOf(s.steps()),
                        texts.format("figure.stepsDetail", s.inProgress(), s.planned()), Status.NEUTRAL),
                new KeyFigure(texts.get("figure.done"), String.valueOf(s.done()), "", s.done() > 0 ? Status.GOOD : Status.NEUTRAL),
                new KeyFigure(texts.get("figure.overdue"), String.valueOf(s.overdue()),
                        texts.format("figure.overdueDetail", today), s.overdue() > 0 ? Status.BAD : Status.GOOD),
                new KeyFigure(texts.get("figure.unowned"), String.valueOf(s.unowned()), "",
                        s.unowned() > 0 ? Status.WARNING : Status.GOOD)));
    }

    static Table tacticsTable(PlanTimeline timeline, Texts texts) {
        List<Column> columns = List.of(Column.of("tactic", texts.get("tactics.tactic"), Kind.TEXT),
                Column.of("goals", texts.get("tactics.goals"), Kind.TEXT),
                Column.of("owner", texts.get("tactics.owner"), Kind.TEXT),
                Column.of("start", texts.get("tactics.start"), Kind.DATE),
                Column.of("due", texts.get("tactics.due"), Kind.DATE),
                Column.of("status", texts.get("tactics.status"), Kind.STATUS));
        List<List<Cell>> rows = new ArrayList<>();
        for (TacticPlan tactic : timeline.tactics()) {
            String goals = tactic.goals().stream().map(TacticPlan.Ref::name).collect(Collectors.joining("; "));
            rows.add(List.of(Cell.of(tactic.name()), Cell.of(goals),
                    Cell.of(tactic.owner() == null ? "" : tactic.owner().name()), Cell.of(tactic.startDate()),
                    new Cell(tactic.dueDate(), tactic.overdue() ? Status.BAD : Status.NEUTRAL),
                    new Cell(texts.status(tactic.status()), colour(tactic.status()))));
        }
        return new Table("tactics", texts.get("tactics.caption"), columns, rows, false);
    }

    static Table stepsTable(PlanTimeline timeline, Texts texts) {
        List<Column> columns = List.of(Column.of("tactic", texts.get("steps.tactic"), Kind.TEXT),
                Column.of("number", texts.get("steps.number"), Kind.INTEGER),
                Column.of("step", texts.get("steps.step"), Kind.TEXT),
                Column.of("owner", texts.get("steps.owner"), Kind.TEXT),
                Column.of("due", texts.get("steps.due"), Kind.DATE),
                Column.of("status", texts.get("steps.status"), Kind.STATUS),
                Column.of("overdue", texts.get("steps.overdue"), Kind.STATUS));
        List<List<Cell>> rows = new ArrayList<>();
        for (TacticPlan tactic : timeline.tactics()) {
            for (StepPlan step : tactic.steps()) {
                rows.add(List.of(Cell.of(tactic.name()), Cell.of(step.number()), Cell.of(step.name()),
                        ownerCell(step, texts), new Cell(step.dueDate(), step.overdue() ? Status.BAD : Status.NEUTRAL),
                        new Cell(texts.status(step.status()), colour(step.status())),
                        step.overdue() ? new Cell(texts.get("steps.overdueFlag"), Status.BAD) : Cell.of("")));
            }
        }
        return new Table("steps", texts.get("steps.caption"), columns, rows, false);
    }

    private static Cell ownerCell(StepPlan step, Texts texts) {
        if (step.owner() == null) {
            return new Cell(texts.get("steps.noOwner"), Status.WARNING);
        }
        return Cell.of(step.ownerFromTactic() ? texts.format("steps.ownerFromTactic", step.owner().name())
                : step.owner().name());
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
            this.bundle = ResourceBundle.getBundle("org.cxworkbench.plan.internal.report.PlanReport", locale,
                    PlanSection.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        }

        String get(String key) {
            return bundle.getString(key);
        }

        String format(String key, Object... arguments) {
            return new MessageFormat(bundle.getString(key), locale).format(arguments);
        }

        String status(WorkStatus status) {
            return get("status." + status.getName());
        }
    }
}
