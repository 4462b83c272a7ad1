package org.cxworkbench.web.internal.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cxworkbench.api.report.BulletList;
import org.cxworkbench.api.report.Heading;
import org.cxworkbench.api.report.Notice;
import org.cxworkbench.api.report.Status;
import org.cxworkbench.api.report.Table;
import org.cxworkbench.web.internal.http.Json;
import org.junit.jupiter.api.Test;

/** Blocks as JSON: a kind per block, typed cells, lower-case statuses, long tables cut. */
class BlockJsonTest {

    @Test
    void headingsListsNoticesAndTablesKeepTheirData() {
        Table table = new Table("t", "Per period", List.of(Table.Column.of("period", "Period", Table.Kind.TEXT),
                new Table.Column("fcr", "FCR", Table.Kind.PERCENT, "{first} / {resolved} * 100", 2)),
                List.of(List.of(Table.Cell.of("2026-Q3"), new Table.Cell(71.9, Status.GOOD)),
                        List.of(Table.Cell.of(null), Table.Cell.of(Double.NaN))), false);

        String json = Json.write(BlockJson.of(List.of(new Heading(2, "FCR"), new BulletList(List.of("a", "b")),
                new Notice(Status.BAD, "careful"), table)));

        assertEquals("[{\"kind\":\"heading\",\"level\":2,\"text\":\"FCR\"},"
                + "{\"kind\":\"bulletList\",\"items\":[\"a\",\"b\"]},"
                + "{\"kind\":\"notice\",\"status\":\"bad\",\"text\":\"careful\"},"
                + "{\"kind\":\"table\",\"key\":\"t\",\"caption\":\"Per period\",\"columns\":["
                + "{\"key\":\"period\",\"header\":\"Period\",\"kind\":\"text\",\"formula\":null,\"width\":4},"
                + "{\"key\":\"fcr\",\"header\":\"FCR\",\"kind\":\"percent\",\"formula\":\"{first} / {resolved} * 100\",\"width\":2}],"
                + "\"rows\":[[{\"value\":\"2026-Q3\",\"status\":\"neutral\"},{\"value\":71.9,\"status\":\"good\"}],"
                + "[{\"value\":null,\"status\":\"neutral\"},{\"value\":null,\"status\":\"neutral\"}]],"
                + "\"omittedRows\":0}]", json);
    }

    @Test
    void longTablesAreCut() {
        List<List<Table.Cell>> rows = new ArrayList<>();
        for (int i = 0; i < BlockJson.MAX_ROWS + 7; i++) {
            rows.add(List.of(Table.Cell.of(i)));
        }
        Map<String, Object> json = BlockJson.of(new Table("t", "", List.of(Table.Column.of("n", "N", Table.Kind.INTEGER)),
                rows, true));
        assertEquals(BlockJson.MAX_ROWS, ((List<?>) json.get("rows")).size());
        assertEquals(7, json.get("omittedRows"));
    }
}
