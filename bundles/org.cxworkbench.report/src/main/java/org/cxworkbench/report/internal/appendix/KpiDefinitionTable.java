package org.cxworkbench.report.internal.appendix;

import java.util.ArrayList;
import java.util.List;

import org.cxworkbench.api.report.Table;
import org.cxworkbench.api.report.Table.Cell;
import org.cxworkbench.api.report.Table.Column;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.KpiKind;
import org.cxworkbench.report.internal.ReportMessages;

/** The KPI definitions used: code, name, version, question, scale, buckets, formula, unit, polarity. */
final class KpiDefinitionTable {

    private final ReportMessages messages;

    KpiDefinitionTable(ReportMessages messages) {
        this.messages = messages;
    }

    Table table(List<KpiDefinition> definitions) {
        List<Column> columns = List.of(
                new Column("code", messages.get("appendix.kpis.col.code"), Table.Kind.TEXT, null, 5),
                new Column("name", messages.get("appendix.kpis.col.name"), Table.Kind.TEXT, null, 4),
                new Column("version", messages.get("appendix.kpis.col.version"), Table.Kind.INTEGER, null, 3),
                new Column("question", messages.get("appendix.kpis.col.question"), Table.Kind.TEXT, null, 6),
                new Column("scale", messages.get("appendix.kpis.col.scale"), Table.Kind.TEXT, null, 2),
                new Column("buckets", messages.get("appendix.kpis.col.buckets"), Table.Kind.TEXT, null, 4),
                new Column("formula", messages.get("appendix.kpis.col.formula"), Table.Kind.TEXT, null, 6),
                new Column("unit", messages.get("appendix.kpis.col.unit"), Table.Kind.TEXT, null, 2),
                new Column("polarity", messages.get("appendix.kpis.col.polarity"), Table.Kind.TEXT, null, 3));
        List<List<Cell>> rows = new ArrayList<>();
        for (KpiDefinition d : definitions) {
            rows.add(List.of(Cell.of(text(d.getCode())), Cell.of(text(d.getName())), Cell.of(d.getVersion()),
                    Cell.of(text(d.getQuestion())), Cell.of(scale(d)), Cell.of(buckets(d)),
                    Cell.of(text(d.getFormula())), Cell.of(text(d.getUnit())),
                    Cell.of(messages.get(d.isHigherIsBetter() ? "appendix.kpis.higher" : "appendix.kpis.lower"))));
        }
        return new Table("kpi-definitions", messages.get("appendix.kpis.caption"), columns, rows, false);
    }

    private static boolean rated(KpiDefinition d) {
        KpiKind kind = d.getKind();
        return kind == KpiKind.NPS || kind == KpiKind.CSAT || kind == KpiKind.CES || kind == KpiKind.CUSTOM_RATING;
    }

    private String scale(KpiDefinition d) {
        return rated(d) ? d.getScaleMin() + "–" + d.getScaleMax() : "";
    }

    private String buckets(KpiDefinition d) {
        List<String> parts = new ArrayList<>();
        if (d.isSetPromoterMin()) {
            parts.add(messages.get("appendix.kpis.promoters", d.getPromoterMin()));
        }
        if (d.isSetDetractorMax()) {
            parts.add(messages.get("appendix.kpis.detractors", d.getDetractorMax()));
        }
        if (d.isSetTopBoxMin()) {
            parts.add(messages.get("appendix.kpis.topBox", d.getTopBoxMin()));
        }
        return String.join(", ", parts);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
