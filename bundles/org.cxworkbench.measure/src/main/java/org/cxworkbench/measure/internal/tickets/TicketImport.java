package org.cxworkbench.measure.internal.tickets;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What reading one ticket export produced: durations per KPI, period and segment, counts and rejected rows. */
final class TicketImport {

    /** One aggregate's identity: KPI code, period and segment key. */
    record Key(String kpiCode, String period, String segmentKey) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            int c = kpiCode.compareTo(other.kpiCode);
            if (c == 0) {
                c = org.cxworkbench.measure.api.Periods.CHRONOLOGICAL.compare(period, other.period);
            }
            return c != 0 ? c : segmentKey.compareTo(other.segmentKey);
        }
    }

    /** A rejected row: the line, the ticket id (may be empty), the column at fault and why. */
    record Reject(long line, String ticketId, String column, String reason) {
    }

    final String fileName;
    long rowsRead;
    long rowsAccepted;
    long duplicates;
    final List<Reject> rejects = new ArrayList<>();
    private final Map<Key, DurationAccumulator> aggregates = new HashMap<>();

    TicketImport(String fileName) {
        this.fileName = fileName;
    }

    DurationAccumulator aggregate(String kpiCode, String period, String segmentKey) {
        return aggregates.computeIfAbsent(new Key(kpiCode, period, segmentKey), k -> new DurationAccumulator());
    }

    /** The aggregates, sorted by KPI, period (chronologically) and segment. */
    Map<Key, DurationAccumulator> aggregates() {
        return Collections.unmodifiableMap(new TreeMap<>(aggregates));
    }

    List<Reject> rejects() {
        return Collections.unmodifiableList(rejects);
    }

    /** A reject as the user reads it: {@code file:line: ticket ID: column: reason}. */
    String describe(Reject reject) {
        return fileName + ":" + reject.line() + ": ticket " + (reject.ticketId().isEmpty() ? "(no id)" : reject.ticketId())
                + ": " + reject.column() + ": " + reject.reason();
    }
}
