package org.cxworkbench.measure.internal.tickets;

import java.util.LinkedHashMap;
import java.util.Map;

import org.cxworkbench.measure.api.Periods.Granularity;

/**
 * How to read a ticket export.
 *
 * @param openedColumn the column of the time the customer opened the ticket, or {@code null} for the default names
 * @param firstReplyColumn the column of the first reply, or {@code null} for the default names
 * @param resolvedColumn the column of the resolution time, or {@code null} for the default names
 * @param idColumn the ticket id column, or {@code null} for the default names
 * @param segments segment dimension -> column, in order
 * @param businessHours the working hours for the business-hours variant, or {@code null} for none
 * @param granularity whether tickets are counted per quarter or per month of their opened time
 */
record TicketImportSettings(String openedColumn, String firstReplyColumn, String resolvedColumn, String idColumn,
        Map<String, String> segments, BusinessHours businessHours, Granularity granularity) {

    TicketImportSettings {
        segments = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(segments));
    }
}
