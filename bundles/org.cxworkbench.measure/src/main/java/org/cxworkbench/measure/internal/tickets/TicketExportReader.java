package org.cxworkbench.measure.internal.tickets;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cxworkbench.measure.api.KpiDefinitions;
import org.cxworkbench.measure.api.Periods;
import org.cxworkbench.measure.internal.io.DelimitedReader;
import org.cxworkbench.measure.internal.io.DelimitedReader.Row;
import org.cxworkbench.measure.internal.tickets.Timestamps.Stamp;

/**
 * Reads a support-ticket export into response-time and time-to-resolution aggregates per period (of the
 * opened time) and segment. A row is rejected as a whole, with its line, ticket id and reason, when a
 * time cannot be read, a duration would be negative, or a time has a zone while the opened time has none
 * (or the other way round). A blank first reply or resolution means "not yet": that measure is skipped for
 * the ticket, the other still counts. A ticket id seen before in the file is counted as a duplicate and
 * skipped.
 */
final class TicketExportReader {

    private static final String TIME_FORMS = "ISO-8601 or yyyy-MM-dd HH:mm[:ss]";

    private final TicketImportSettings settings;

    TicketExportReader(TicketImportSettings settings) {
        this.settings = settings;
    }

    /** @throws IOException naming the file (and line) when the export cannot be read or lacks a needed column */
    TicketImport read(Path file) throws IOException {
        String fileName = file.getFileName().toString();
        try (DelimitedReader reader = DelimitedReader.open(file)) {
            TicketColumns columns = new TicketColumns(fileName, reader, settings);
            TicketImport result = new TicketImport(fileName);
            Set<String> ids = new HashSet<>();
            for (Optional<Row> next = reader.next(); next.isPresent(); next = reader.next()) {
                Row row = next.get();
                if (row.isBlank()) {
                    continue;
                }
                result.rowsRead++;
                String id = columns.id < 0 ? "" : row.field(columns.id);
                if (!id.isEmpty() && !ids.add(id)) {
                    result.duplicates++;
                    continue;
                }
                readRow(row, id, columns, result);
            }
            return result;
        }
    }

    private void readRow(Row row, String id, TicketColumns columns, TicketImport result) {
        String openedText = row.field(columns.opened);
        String openedColumn = columns.name(columns.opened);
        if (openedText.isBlank()) {
            result.rejects.add(new TicketImport.Reject(row.line(), id, openedColumn, "no opened time"));
            return;
        }
        Stamp opened;
        try {
            opened = Timestamps.parse(openedText);
        } catch (DateTimeParseException e) {
            result.rejects.add(new TicketImport.Reject(row.line(), id, openedColumn,
                    "opened time '" + openedText + "' is not a timestamp (" + TIME_FORMS + ")"));
            return;
        }
        List<Measure> measures = new ArrayList<>();
        for (Measure measure : List.of(new Measure(KpiDefinitions.RESPONSE_TIME, columns.firstReply, "first reply",
                "response time"), new Measure(KpiDefinitions.RESOLUTION_TIME, columns.resolved, "resolution",
                        "time to resolution"))) {
            if (measure.column < 0 || row.field(measure.column).isBlank()) {
                continue;
            }
            String problem = measure.read(row.field(measure.column), opened);
            if (problem != null) {
                result.rejects.add(new TicketImport.Reject(row.line(), id, columns.name(measure.column), problem));
                return;
            }
            measures.add(measure);
        }
        result.rowsAccepted++;
        String period = Periods.of(opened.local().toLocalDate(), settings.granularity());
        List<String> segments = segmentKeys(row, columns);
        for (Measure measure : measures) {
            Duration business = settings.businessHours() == null ? null
                    : settings.businessHours().between(opened.local(), measure.endInOpenedZone);
            for (String segment : segments) {
                result.aggregate(measure.kpiCode, period, segment).add(measure.elapsed, business);
            }
        }
    }

    private List<String> segmentKeys(Row row, TicketColumns columns) {
        List<String> keys = new ArrayList<>();
        keys.add("");
        for (Map.Entry<String, Integer> segment : columns.segments.entrySet()) {
            String value = row.field(segment.getValue()).trim();
            if (!value.isEmpty()) {
                keys.add(segment.getKey() + "=" + value);
            }
        }
        return keys;
    }

    /** One duration of a ticket (response or resolution) while its row is read. */
    private static final class Measure {
        final String kpiCode;
        final int column;
        final String what;
        final String durationName;
        Duration elapsed;
        LocalDateTime endInOpenedZone;

        Measure(String kpiCode, int column, String what, String durationName) {
            this.kpiCode = kpiCode;
            this.column = column;
            this.what = what;
            this.durationName = durationName;
        }

        /** Reads the end time; returns the problem, or {@code null} when it is fine. */
        String read(String text, Stamp opened) {
            Stamp end;
            try {
                end = Timestamps.parse(text);
            } catch (DateTimeParseException e) {
                return what + " time '" + text + "' is not a timestamp (" + TIME_FORMS + ")";
            }
            if (end.isZoned() != opened.isZoned()) {
                return what + " time '" + text + "' " + (end.isZoned() ? "has" : "has no")
                        + " zone or offset while the opened time " + (opened.isZoned() ? "has one" : "has none");
            }
            if (opened.isZoned()) {
                elapsed = Duration.between(opened.zoned(), end.zoned());
                endInOpenedZone = end.zoned().withZoneSameInstant(opened.zoned().getZone()).toLocalDateTime();
            } else {
                elapsed = Duration.between(opened.local(), end.local());
                endInOpenedZone = end.local();
            }
            if (elapsed.isNegative()) {
                return what + " time " + text + " is before the opened time (negative " + durationName + ")";
            }
            return null;
        }
    }
}
