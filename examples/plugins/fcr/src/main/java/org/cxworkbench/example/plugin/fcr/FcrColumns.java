package org.cxworkbench.example.plugin.fcr;

import java.util.Map;

/**
 * The columns of a ticket export that FCR is read from; exactly one of {@code contacts} and
 * {@code firstContact} is set.
 *
 * @param id the ticket id
 * @param opened when the ticket was opened (decides its period)
 * @param resolved when it was resolved; empty means still open (not counted)
 * @param contacts the number of contacts until resolution (1 = first contact), or null
 * @param firstContact "resolved on first contact" yes/no, or null
 * @param segments segment dimension name to column, e.g. {@code channel -> Channel}
 */
record FcrColumns(String id, String opened, String resolved, String contacts, String firstContact,
        Map<String, String> segments) {

    FcrColumns {
        segments = Map.copyOf(segments);
    }
}
