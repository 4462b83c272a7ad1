package org.cxworkbench.web.internal.panels;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cxworkbench.api.report.Block;
import org.cxworkbench.api.report.BulletList;
import org.cxworkbench.api.report.Chart;
import org.cxworkbench.api.report.Heading;
import org.cxworkbench.api.report.KeyFigures;
import org.cxworkbench.api.report.Notice;
import org.cxworkbench.api.report.Paragraph;
import org.cxworkbench.api.report.Status;
import org.cxworkbench.api.report.Table;

/**
 * Report blocks as JSON for the pages, each with a {@code kind}: {@code heading}, {@code paragraph},
 * {@code bulletList}, {@code keyFigures}, {@code table}, {@code chart} or {@code notice}. Statuses are
 * lower case ({@code good}, {@code warning}, {@code bad}, {@code neutral}); missing numbers are {@code null}.
 * Tables longer than {@value #MAX_ROWS} rows are cut (with {@code omittedRows}).
 */
public final class BlockJson {

    /** Most table rows sent to a page. */
    public static final int MAX_ROWS = 500;

    private BlockJson() {
    }

    public static List<Map<String, Object>> of(List<Block> blocks) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Block block : blocks) {
            list.add(of(block));
        }
        return list;
    }

    public static Map<String, Object> of(Block block) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (block instanceof Heading heading) {
            json.put("kind", "heading");
            json.put("level", heading.level());
            json.put("text", text(heading.text()));
        } else if (block instanceof Paragraph paragraph) {
            json.put("kind", "paragraph");
            json.put("text", text(paragraph.text()));
        } else if (block instanceof BulletList list) {
            json.put("kind", "bulletList");
            json.put("items", list.items().stream().map(BlockJson::text).toList());
        } else if (block instanceof KeyFigures figures) {
            json.put("kind", "keyFigures");
            List<Map<String, Object>> list = new ArrayList<>();
            for (KeyFigures.KeyFigure figure : figures.figures()) {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("label", text(figure.label()));
                f.put("value", text(figure.value()));
                f.put("detail", text(figure.detail()));
                f.put("status", status(figure.status()));
                list.add(f);
            }
            json.put("figures", list);
        } else if (block instanceof Table table) {
            table(table, json);
        } else if (block instanceof Chart chart) {
            json.put("kind", "chart");
            json.put("key", chart.key());
            json.put("title", text(chart.title()));
            json.put("chartKind", chart.kind() == null ? "line" : chart.kind().name().toLowerCase(Locale.ROOT));
            json.put("categories", chart.categories().stream().map(BlockJson::text).toList());
            List<Map<String, Object>> series = new ArrayList<>();
            for (Chart.Series s : chart.series()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", text(s.name()));
                m.put("values", s.values());
                series.add(m);
            }
            json.put("series", series);
            json.put("valueAxisLabel", text(chart.valueAxisLabel()));
        } else if (block instanceof Notice notice) {
            json.put("kind", "notice");
            json.put("status", status(notice.status()));
            json.put("text", text(notice.text()));
        } else {
            throw new IllegalArgumentException("unknown block " + block);
        }
        return json;
    }

    private static void table(Table table, Map<String, Object> json) {
        json.put("kind", "table");
        json.put("key", table.key());
        json.put("caption", text(table.caption()));
        List<Map<String, Object>> columns = new ArrayList<>();
        for (Table.Column column : table.columns()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("key", column.key());
            c.put("header", text(column.header()));
            c.put("kind", column.kind().name().toLowerCase(Locale.ROOT));
            c.put("formula", column.formula());
            c.put("width", column.width());
            columns.add(c);
        }
        json.put("columns", columns);
        List<List<Map<String, Object>>> rows = new ArrayList<>();
        for (List<Table.Cell> row : table.rows().subList(0, Math.min(MAX_ROWS, table.rows().size()))) {
            List<Map<String, Object>> cells = new ArrayList<>();
            for (Table.Cell cell : row) {
                Map<String, Object> c = new LinkedHashMap<>();
                Object value = cell == null ? null : cell.value();
                c.put("value", value instanceof Double || value instanceof Float ? (Object) ((Number) value).doubleValue()
                        : value instanceof Number || value == null ? value : value.toString());
                c.put("status", status(cell == null ? null : cell.status()));
                cells.add(c);
            }
            rows.add(cells);
        }
        json.put("rows", rows);
        json.put("omittedRows", Math.max(0, table.rows().size() - MAX_ROWS));
    }

    private static String status(Status status) {
        return (status == null ? Status.NEUTRAL : status).name().toLowerCase(Locale.ROOT);
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }
}
