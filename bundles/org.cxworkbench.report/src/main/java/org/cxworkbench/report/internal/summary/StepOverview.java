package org.cxworkbench.report.internal.summary;

import java.util.ArrayList;
import java.util.List;

import org.cxworkbench.api.report.Block;
import org.cxworkbench.api.report.KeyFigures;
import org.cxworkbench.api.report.Status;
import org.cxworkbench.api.report.Table;
import org.cxworkbench.api.report.Table.Cell;
import org.cxworkbench.api.report.Table.Column;
import org.cxworkbench.api.rules.StepStatus;
import org.cxworkbench.api.rules.WorkflowReport;
import org.cxworkbench.report.internal.ReportMessages;

/** The nine steps as a headline figure and a table: complete or not, what is missing, what to do next. */
final class StepOverview {

    private final ReportMessages messages;

    StepOverview(ReportMessages messages) {
        this.messages = messages;
    }

    List<Block> blocks(WorkflowReport report) {
        long complete = report.steps().stream().filter(StepStatus::complete).count();
        int total = report.steps().size();
        Status overall = complete == total ? Status.GOOD : complete >= total / 2 ? Status.WARNING : Status.BAD;
        KeyFigures figures = new KeyFigures(List.of(new KeyFigures.KeyFigure(messages.get("summary.steps.figure"),
                complete + " / " + total, messages.get("summary.steps.figureDetail"), overall)));

        List<Column> columns = List.of(
                new Column("step", messages.get("summary.steps.col.step"), Table.Kind.INTEGER, null, 2),
                new Column("name", messages.get("summary.steps.col.name"), Table.Kind.TEXT, null, 5),
                new Column("status", messages.get("summary.steps.col.status"), Table.Kind.STATUS, null, 3),
                new Column("missing", messages.get("summary.steps.col.missing"), Table.Kind.TEXT, null, 7),
                new Column("next", messages.get("summary.steps.col.next"), Table.Kind.TEXT, null, 6));
        List<List<Cell>> rows = new ArrayList<>();
        for (StepStatus step : report.steps()) {
            int number = step.step().number();
            String name = messages.has("step." + number + ".title") ? messages.get("step." + number + ".title")
                    : step.step().title();
            rows.add(List.of(Cell.of(number), Cell.of(name),
                    new Cell(messages.get(step.complete() ? "summary.steps.complete" : "summary.steps.incomplete"),
                            step.complete() ? Status.GOOD : Status.BAD),
                    Cell.of(String.join("; ", step.missing())),
                    Cell.of(step.nextAction() == null ? "" : step.nextAction())));
        }
        return List.of(figures, new Table("steps", messages.get("summary.steps.caption"), columns, rows, false));
    }
}
