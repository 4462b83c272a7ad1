package org.cxworkbench.example.plugin.fcr;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a ticket export into FCR counts per period and segment. A row is rejected (with its line, ticket
 * id, column and reason) when its id is missing or seen before, a time cannot be read, it was resolved
 * before it was opened, or the contacts / first-contact value is not understood. Tickets without a
 * resolved time are still open and not counted. A resolved ticket that an earlier import already counted (an
 * overlapping export) is skipped and counted as such; the hashes of the tickets counted now are returned for the
 * import record (see {@link TicketIds}).
 */
final class FcrExportReader {

    /** One rejected row. */
    record Reject(long line, String ticketId, String column, String reason) {
    }

    /**
     * What was read. {@code counts} is keyed by period, then segment key ({@code ""} for all tickets);
     * {@code alreadyCounted} resolved tickets were counted by an earlier import and skipped; {@code counted} holds
     * the id hashes of the {@code accepted} ones.
     */
    record Result(long rowsRead, long accepted, long open, long alreadyCounted, List<Reject> rejects,
            Map<String, Map<String, FcrCounts>> counts, long[] counted) {
    }

    private final FcrColumns columns;
    private final boolean monthly;

    FcrExportReader(FcrColumns columns, boolean monthly) {
        this.columns = columns;
        this.monthly = monthly;
    }

    /**
     * Reads the file.
     *
     * @param countedBefore the id hashes of the tickets earlier imports counted, ascending unsigned
     * @throws IllegalArgumentException naming the file and the column when a named column is missing
     */
    Result read(Path file, long[] countedBefore) throws IOException {
        try (CsvRecords csv = new CsvRecords(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            CsvRecords.Line header = csv.header();
            if (header == null) {
                throw new IllegalArgumentException(file + ": the file is empty; expected a header line");
            }
            Map<String, Integer> index = index(file, header.fields());
            long read = 0;
            long accepted = 0;
            long open = 0;
            long alreadyCounted = 0;
            long[] counted = new long[64];
            List<Reject> rejects = new ArrayList<>();
            Map<String, Long> seen = new HashMap<>();
            Map<String, Map<String, FcrCounts>> counts = new TreeMap<>();
            for (CsvRecords.Line line = csv.next(); line != null; line = csv.next()) {
                read++;
                Row row = new Row(line, index);
                String id = row.get(columns.id());
                if (id.isBlank()) {
                    rejects.add(new Reject(line.number(), "", columns.id(), "the ticket id is empty"));
                    continue;
                }
                Long earlier = seen.putIfAbsent(id, line.number());
                if (earlier != null) {
                    rejects.add(new Reject(line.number(), id, columns.id(), "duplicate ticket id, first seen on line "
                            + earlier));
                    continue;
                }
                LocalDateTime opened;
                try {
                    opened = TicketTimes.parse(row.get(columns.opened()));
                } catch (IllegalArgumentException e) {
                    rejects.add(new Reject(line.number(), id, columns.opened(), e.getMessage()));
                    continue;
                }
                String resolvedText = row.get(columns.resolved());
                if (resolvedText.isBlank()) {
                    open++;
                    continue;
                }
                LocalDateTime resolved;
                try {
                    resolved = TicketTimes.parse(resolvedText);
                } catch (IllegalArgumentException e) {
                    rejects.add(new Reject(line.number(), id, columns.resolved(), e.getMessage()));
                    continue;
                }
                if (resolved.isBefore(opened)) {
                    rejects.add(new Reject(line.number(), id, columns.resolved(), "resolved " + resolvedText
                            + " before it was opened " + row.get(columns.opened())));
                    continue;
                }
                Boolean first = firstContact(row);
                if (first == null) {
                    String column = columns.contacts() != null ? columns.contacts() : columns.firstContact();
                    rejects.add(new Reject(line.number(), id, column, columns.contacts() != null
                            ? "'" + row.get(column) + "' is not a number of contacts (1 or more)"
                            : "'" + row.get(column) + "' is not yes or no"));
                    continue;
                }
                long hash = TicketIds.hash(id);
                if (TicketIds.contains(countedBefore, hash)) {
                    alreadyCounted++;
                    continue;
                }
                if (accepted == counted.length) {
                    counted = Arrays.copyOf(counted, counted.length * 2);
                }
                counted[(int) accepted] = hash;
                accepted++;
                Map<String, FcrCounts> period = counts.computeIfAbsent(TicketTimes.period(opened, monthly),
                        p -> new TreeMap<>());
                period.merge("", FcrCounts.NONE.plus(first), FcrExportReader::sum);
                columns.segments().forEach((dimension, column) -> {
                    String value = row.get(column).trim();
                    if (!value.isEmpty()) {
                        period.merge(dimension + "=" + value, FcrCounts.NONE.plus(first), FcrExportReader::sum);
                    }
                });
            }
            return new Result(read, accepted, open, alreadyCounted, rejects, counts,
                    Arrays.copyOf(counted, (int) accepted));
        }
    }

    private Boolean firstContact(Row row) {
        if (columns.contacts() != null) {
            try {
                int contacts = Integer.parseInt(row.get(columns.contacts()).trim());
                return contacts < 1 ? null : contacts == 1;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return switch (row.get(columns.firstContact()).trim().toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "1", "ja", "oui" -> Boolean.TRUE;
            case "no", "n", "false", "0", "nein", "non" -> Boolean.FALSE;
            default -> null;
        };
    }

    private Map<String, Integer> index(Path file, List<String> header) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(header.get(i).trim(), i);
        }
        List<String> wanted = new ArrayList<>(List.of(columns.id(), columns.opened(), columns.resolved()));
        wanted.add(columns.contacts() != null ? columns.contacts() : columns.firstContact());
        wanted.addAll(columns.segments().values());
        for (String column : wanted) {
            if (!index.containsKey(column)) {
                throw new IllegalArgumentException(file + ": line 1: no column '" + column + "'; the columns are "
                        + String.join(", ", index.keySet()));
            }
        }
        return index;
    }

    private static FcrCounts sum(FcrCounts a, FcrCounts b) {
        return new FcrCounts(a.resolved() + b.resolved(), a.first() + b.first(), a.ignored() + b.ignored());
    }

    /** One record with access by column name; missing trailing fields read as empty. */
    private record Row(CsvRecords.Line line, Map<String, Integer> index) {
        String get(String column) {
            int i = index.get(column);
            return i < line.fields().size() ? line.fields().get(i) : "";
        }
    }
}
