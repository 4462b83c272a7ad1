package org.cxworkbench.measure.internal.tickets;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cxworkbench.measure.internal.io.DelimitedReader;

/**
 * Finds the columns of a ticket export: by the name given on the command line, or else by the usual
 * names of help-desk exports (e.g. {@code created_at}, {@code first_response_at}, {@code solved_at}),
 * ignoring case, spaces, hyphens and underscores.
 */
final class TicketColumns {

    static final List<String> OPENED_NAMES = List.of("opened", "opened_at", "created", "created_at", "creation_time");
    static final List<String> FIRST_REPLY_NAMES = List.of("first_reply", "first_reply_at", "first_response",
            "first_response_at", "replied_at");
    static final List<String> RESOLVED_NAMES = List.of("resolved", "resolved_at", "solved", "solved_at", "closed_at");
    static final List<String> ID_NAMES = List.of("id", "ticket_id", "ticket");

    final int opened;
    final int firstReply;
    final int resolved;
    final int id;
    final Map<String, Integer> segments;
    final List<String> header;

    TicketColumns(String fileName, DelimitedReader reader, TicketImportSettings settings) throws IOException {
        header = reader.header();
        opened = resolve(fileName, reader, settings.openedColumn(), OPENED_NAMES, "--opened", true);
        firstReply = resolve(fileName, reader, settings.firstReplyColumn(), FIRST_REPLY_NAMES, "--first-reply", false);
        resolved = resolve(fileName, reader, settings.resolvedColumn(), RESOLVED_NAMES, "--resolved", false);
        id = resolve(fileName, reader, settings.idColumn(), ID_NAMES, "--id", false);
        if (firstReply < 0 && resolved < 0) {
            throw new IOException(fileName + ": no first-reply column (looked for " + String.join(", ", FIRST_REPLY_NAMES)
                    + ") and no resolved column (looked for " + String.join(", ", RESOLVED_NAMES)
                    + "); name them with --first-reply COLUMN and --resolved COLUMN. Columns: " + String.join(", ", header));
        }
        java.util.LinkedHashMap<String, Integer> segmentColumns = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, String> segment : settings.segments().entrySet()) {
            int index = reader.column(segment.getValue());
            if (index < 0) {
                throw new IOException(fileName + ": no column '" + segment.getValue() + "' for --segment "
                        + segment.getKey() + "=" + segment.getValue() + ". Columns: " + String.join(", ", header));
            }
            segmentColumns.put(segment.getKey(), index);
        }
        segments = java.util.Collections.unmodifiableMap(segmentColumns);
    }

    String name(int index) {
        return header.get(index);
    }

    private static int resolve(String fileName, DelimitedReader reader, String given, List<String> defaults,
            String option, boolean required) throws IOException {
        if (given != null) {
            int index = reader.column(given);
            if (index < 0) {
                throw new IOException(fileName + ": no column '" + given + "' (" + option + "). Columns: "
                        + String.join(", ", reader.header()));
            }
            return index;
        }
        List<String> header = reader.header();
        for (String candidate : defaults) {
            for (int i = 0; i < header.size(); i++) {
                if (normalise(header.get(i)).equals(normalise(candidate))) {
                    return i;
                }
            }
        }
        if (required) {
            throw new IOException(fileName + ": no column for the opened time (looked for " + String.join(", ", defaults)
                    + "); name it with " + option + " COLUMN. Columns: " + String.join(", ", header));
        }
        return -1;
    }

    private static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[ _\\-]", "");
    }
}
